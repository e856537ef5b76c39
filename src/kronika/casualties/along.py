"""More people one casualty verb's object list names: 'along with his driver', a count hung on the verb."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.actors.heads import is_animate
from kronika.casualties.joined import conjuncts
from kronika.casualties.numbers import PERSON_NOUNS
from kronika.casualties.phrases import GROUPS, phrase_count
from kronika.casualties.single_count import single_phrase_count
from kronika.casualties.words import casualty_kind, child
from kronika.person_nouns import KIN, ROLES

COMPANIONS = {"along", "together"}  # "along with his driver", "together with his wife"


def along_with(token: Token, victim: Token) -> int | None:
    """How many people the casualty word's 'along with' phrase adds to its victims ('gunmen killed the chief,
    along with his bodyguard': two dead; 'five rebels were killed, along with 2 soldiers': seven), hung on
    the verb or on the victim; None where there is none or it names no counted people ('his bodyguards',
    'along with his cattle')."""
    # "was shot dead along with his aides": the phrase hangs on 'shot', which 'dead' completes
    heads = [token, victim, *([token.head] if token.dep_ in {"oprd", "acomp", "xcomp"} else [])]
    companion = next((c for c in map(_companion, heads) if c is not None), None)
    if companion is None or any(c.dep_ in {"amod", "acl"} and casualty_kind(c) for c in companion.children):
        return None  # "found dead along with the wounded man who shot them": he is counted by his own word
    if not all(_person(t) for t in (companion, *conjuncts(companion))):
        return None  # "one killed, along with 70 motorcycles seized": things taken, not people
    return phrase_count(companion)


# the people a companion phrase names besides those the casualty words already know
COMPANION_NOUNS = {"other", "bodyguard", "guard", "escort", "aide", "police", "troop", "relative",
                   "colleague", "companion", "associate", "child", "personnel"}  # fmt: skip


def _person(token: Token) -> bool:
    """Whether a word names people: a person noun or role, a name, a people or an agent noun ('soldiers')."""
    if token.like_num:
        of = child(token, {"prep"})  # "three of his aides"
        counted = child(of, {"pobj"}) if of is not None and of.lower_ == "of" else None
        return counted is not None and _person(counted)
    lemma = token.lemma_.lower()
    named = PERSON_NOUNS | KIN | ROLES | GROUPS | COMPANION_NOUNS
    return lemma in named or token.lower_ in named or is_animate(token)


def _companion(head: Token) -> Token | None:
    """The object of 'with' after 'along' or 'together' under a word: the parse hangs 'with' on 'along' or
    beside it on the same word."""
    for word in head.children:
        if word.lower_ == "with" and any(c.lower_ in COMPANIONS for c in word.children if c.i == word.i - 1):
            return child(word, {"pobj"})  # "together with his wife", 'together' hung on 'with'
        if word.lower_ not in COMPANIONS:
            continue
        with_ = child(word, {"prep"})
        if with_ is None:
            with_ = next((c for c in head.children if c.i == word.i + 1 and c.dep_ == "prep"), None)
        if with_ is not None and with_.lower_ == "with":
            return child(with_, {"pobj"})
    return None


BE = {"were", "was", "are", "is", "have", "had"}


def counted_beside(token: Token, victim: Token) -> int | None:
    """The people a verb's object list counts after its first item where the parse hangs the next count on
    the verb rather than on the object ('killing one guard, five villagers, and wounding others': 'villagers'
    joined to 'killing'): a noun with a number of its own and no verb or casualty word of its own, counting
    more people than the first item or following a first item of one, as no breakdown of it does; None where
    there is none."""
    if victim.dep_ not in {"dobj", "obj"} or victim.head.i != token.i or token.pos_ != "VERB":
        return None
    more = [
        c
        for c in token.children
        if c.dep_ == "conj"
        and c.i > victim.i
        and c.pos_ in {"NOUN", "PROPN"}
        and any(n.dep_ == "nummod" and n.like_num for n in c.children)
        and not any(n.dep_ in {"amod", "acl", "relcl"} and casualty_kind(n) for n in c.children)
        and not (c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].lower_ in BE)
    ]
    counts = [phrase_count(c) for c in more if _person(c)]
    told = single_phrase_count(victim)
    if not counts or None in counts or told is None:
        return None
    added = sum(c for c in counts if c is not None)
    # "killing five pilgrims, four women and a man": no more people than the first count is its breakdown
    return added if added > told or told == 1 else None
