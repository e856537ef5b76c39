"""A name of up to three words the tagger read as a body or a person, written as the object of a
preposition of place.

Conflict notes name towns the tagger does not know, and it tags many as bodies or people ('mortar shells
fell on Malakal', 'a bus was ambushed near Torit'). Such a name alone counts only as a very big town
where the note names no country (`geo/resolve.py`, MIN_UNTAGGED_FOREIGN_CITY), so the event got no place.
Written as what 'in', 'at' or 'near' governs, the word is a place's as a tagged name is, where the
sentence names no other place ('clashes at Atar and other villages of Pigi county' are the county's,
not Mauritania's Atar); 'on' places a body's name ('shells fell on Malakal') but not a person's ('an
attack on Machar'), which is the attack's target. South Asian town names of two or three words are
tagged as people as often ('protested in Lakki Marwat', 'shot dead in Kot Momin'): written so, each word
capitalised, they are read the same way; the gazetteer still has to know the whole name. The tagger
takes a name it does not know for a date at times too ('In Sarlahi, protesters took to the streets'): a
date entity of capitalised words, none a word of the calendar, is read as such a name.
"""

from __future__ import annotations

from spacy.tokens import Span

_PLACING = frozenset({"in", "at", "near", "outside", "inside", "around"})
_PLACING_BODY = _PLACING | {"on"}
_MISREAD = frozenset({"ORG", "PERSON", "DATE"})
# Capitalised words of a real date or feast: 'in January', 'on Eid', 'during Dashain'
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ramadan",
     "ramzan", "eid", "christmas", "easter", "diwali", "dashain", "tihar", "holi", "muharram", "ashura",
     "navratri", "puja", "chhath", "new", "year", "day", "night", "week", "month"}
)  # fmt: skip
MAX_WORDS = 3  # 'Dera Murad Jamali'; a longer name is a body's or a person's in full


def placed_object(ent: Span, phrase: Span) -> bool:
    """Whether an entity of one to MAX_WORDS capitalised words tagged a body or a person (`ent`, read as
    `phrase`) is the direct object of a preposition of place."""
    if ent.label_ not in _MISREAD or not 0 < len(phrase) <= MAX_WORDS:
        return False
    if not all(word.is_title for word in phrase):
        return False
    if ent.label_ == "DATE" and any(word.lower_ in _CALENDAR or word.pos_ != "PROPN" for word in phrase):
        return False
    word = phrase.root
    preps = _PLACING_BODY if ent.label_ == "ORG" and len(phrase) == 1 else _PLACING
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in preps:
        return True
    # the parse often takes a longer misread name for the clause's subject ('In Lakki Marwat, health
    # workers protested'): the preposition written just before it places it all the same
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    return len(phrase) > 1 and before is not None and before.lower_ in preps
