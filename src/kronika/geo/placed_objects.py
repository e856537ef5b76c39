"""A one-word name the tagger read as a body or a person, written as the object of a preposition of place.

Conflict notes name towns the tagger does not know, and it tags many as bodies or people ('mortar shells
fell on Malakal', 'a bus was ambushed near Torit'). Such a name alone counts only as a very big town
where the note names no country (`geo/resolve.py`, MIN_UNTAGGED_FOREIGN_CITY), so the event got no place.
Written as what 'in', 'at' or 'near' governs, the word is a place's as a tagged name is, where the
sentence names no other place ('clashes at Atar and other villages of Pigi county' are the county's,
not Mauritania's Atar); 'on' places a body's name ('shells fell on Malakal') but not a person's ('an
attack on Machar'), which is the attack's target.
"""

from __future__ import annotations

from spacy.tokens import Span

_PLACING = frozenset({"in", "at", "near", "outside", "inside", "around"})
_PLACING_BODY = _PLACING | {"on"}
_MISREAD = frozenset({"ORG", "PERSON"})


def placed_object(ent: Span, phrase: Span) -> bool:
    """Whether a one-word entity tagged a body or a person (`ent`, read as `phrase`) is the direct object
    of a preposition of place."""
    if ent.label_ not in _MISREAD or len(phrase) != 1 or not phrase[0].is_title:
        return False
    word = phrase[0]
    preps = _PLACING_BODY if ent.label_ == "ORG" else _PLACING
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in preps
