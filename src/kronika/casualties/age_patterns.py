"""The wordings of an age that stands for one person ('a 3-year-old', 'six-month-old', 'a 20 y/o'), shared by
the casualty readers so that each reads an age alike."""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Token

# the units an age is told in: '3-year-old', '18-month-old', '2-week-old', '4-day-old'
AGE_UNITS: Final = frozenset({"year", "month", "week", "day"})
AGE_UNIT: Final = "(?:" + "|".join(sorted(AGE_UNITS)) + ")"
# ... all but days: a bare age in days ('the four-day-old') reads as one person only before a noun (`numbers`)
LONG_AGE_UNIT: Final = "(?:" + "|".join(sorted(AGE_UNITS - {"day"})) + ")"
# how many of them, in figures or in words: '64', '2.5', 'three', 'twenty-one'
AGE_NUMBER: Final = r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
# an age standing for a person, hyphened: '13-year-old', 'six-month-old', 'twenty-two-year-old' (a pattern
# to build on; callers that read headlines compile it case-insensitively, where 'Three-year-old' opens one)
AGED: Final = rf"{AGE_NUMBER}-{AGE_UNIT}-old"
# an age written short, its figure the first group: 'a 2 yr old', 'a 6 yrs. old', 'a 20 y/o', 'a 20yo'
SHORT_AGE: Final = re.compile(r"\b(\d+)\s*(?:-\s*)?(?:yrs?\b\.?(?:[ -]old\b)?|y\s*/?\s*o\b)")


def age_for_one(token: Token) -> bool:
    """Whether a word is the 'old' of an age standing alone for one person ('a 43-year-old', 'a 43 year
    old'), the word the parse heads such a phrase with: after its unit, hyphened or not, and before no noun
    (in 'a 43-year-old man' the age describes the man)."""
    doc, index = token.doc, token.i
    if token.lower_ != "old":
        return False
    unit = index - 2 if index >= 2 and doc[index - 1].text == "-" else index - 1
    if unit < 0 or doc[unit].lemma_.lower() not in AGE_UNITS:
        return False
    return not (index + 1 < len(doc) and doc[index + 1].pos_ in {"NOUN", "PROPN"})
