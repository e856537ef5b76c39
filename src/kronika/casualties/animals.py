"""Animals told killed or shot ('a dog that was shot is dead', 'killed two cows', 'killing police dog Rex'):
no one's casualties. ACLED training notes telling animals killed (66) count none of them among the dead
('a landmine killed three cows. No people were hurt': 0), and the Gun Violence Archive counts people only.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

__all__ = ["ANIMAL_NOUN", "is_animal"]

ANIMALS: Final = frozenset(
    {
        "dog", "dogs", "puppy", "k9", "k-9", "canine", "cat", "kitten", "horse", "pony", "cow", "cattle",
        "calf", "goat", "sheep", "lamb", "camel", "donkey", "mule", "pig", "hog", "livestock", "deer",
        "animal", "pet", "pitbull",
    }
)  # fmt: skip
# the same animals in running text, as the wordings read them: "the dog was killed"
ANIMAL_NOUN: Final = (
    r"(?:dogs?|pupp(?:y|ies)|k-?9s?|canines?|cats?|kittens?|horses?|ponies|pony|cows?|cattle|calf|calves"
    r"|goats?|sheep|lambs?|camels?|donkeys?|mules?|pigs?|hogs?|livestock|deer|animals?|pets?|pit\s?bulls?"
    r"|(?:german|australian)\s+shepherds?)"
)
# a breed named by a word that alone names a person or another thing: 'a German shepherd', 'a pit bull'
BREEDS: Final = {"shepherd": {"german", "australian"}, "bull": {"pit"}}


def is_animal(victim: Token | None) -> bool:
    """Whether the victim's noun names an animal ('the dog', 'two cows', 'a German shepherd'), or the victim
    is a name given an animal ('police dog Rex', 'Rex, a police dog'); 'a cattle trader' names a man."""
    if victim is None:
        return False
    if victim.pos_ == "NOUN":
        return _animal_noun(victim)
    return victim.pos_ == "PROPN" and any(
        c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN" and _animal_noun(c) for c in victim.children
    )


def _animal_noun(noun: Token) -> bool:
    """A common noun naming an animal, by its lemma or (a parser unsure of 'K9') its lowered text."""
    word = noun.lemma_.lower()
    if word in ANIMALS or noun.lower_ in ANIMALS:
        return True
    marks = BREEDS.get(word, set())
    return any(c.lower_ in marks for c in noun.children if c.dep_ in {"amod", "compound"})
