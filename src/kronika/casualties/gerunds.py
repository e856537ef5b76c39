"""A shooting told by its gerund with the people shot as its object: 'accused of shooting five family
members', 'charged with shooting his brother', 'after shooting a 14-year-old boy'. The noun 'shooting' names
the event; the verb with people for its object tells who was hit (a gun, a video or hoops are no one)."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.person_nouns import KIN, PERSONS, ROLES

__all__ = ["shooting_people"]

# nouns of people the gerund's object may be ("charged with shooting her parents", "fatally shooting his
# parents and three siblings": GVA study, 2 pages so worded, each read with the parents uncounted)
PEOPLE = KIN | PERSONS | ROLES | {"parent", "parents", "sibling", "siblings", "grandparents"}
# verbs whose gerund object tells an act that did not happen, or not as told: "denied shooting his brother"
DENIALS = frozenset({"deny", "avoid", "stop", "prevent", "refuse", "without", "resist", "consider"})
PRONOUNS = frozenset({"him", "her", "them"})  # "shooting himself": a gun turned on oneself is told apart


def shooting_people(token: Token) -> bool:
    """Whether the token is the gerund 'shooting' whose object names people ('shooting two men', 'shooting
    his wife', 'shooting her'), not a gun or a thing shot at ('shooting a gun', 'shooting at police')."""
    if token.lower_ != "shooting" or token.pos_ != "VERB" or token.tag_ != "VBG":
        return False
    if token.head.lemma_.lower() in DENIALS:
        return False  # "denied shooting his brother": the one who says so tells no one was
    shot = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if shot is None:
        return False
    if shot.lower_ in PRONOUNS or shot.ent_type_ == "PERSON":
        return True
    lemma = shot.lemma_.lower()
    return shot.lower_ in PEOPLE or lemma in PEOPLE
