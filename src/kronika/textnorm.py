"""Text folding and word lists shared by the stages that read names: accents off, calendar names; one
definition each."""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Iterable
from typing import Final

# Lower-case month names and abbreviations ('sept' as well), and weekday names: calendar words, no place
_MONTH_WORDS: Final = (*calendar.month_name, *calendar.month_abbr, "Sept")
MONTH_NAMES: Final = frozenset(w.lower() for w in _MONTH_WORDS if w)
WEEKDAY_NAMES: Final = frozenset(w.lower() for w in calendar.day_name)
WEEKDAY_ABBRS: Final = frozenset(w.lower() for w in calendar.day_abbr)
# A weekday's name as the text capitalises it, for the stages' patterns (written out: the calendar's
# names follow the locale)
WEEKDAY_PATTERN: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def strip_accents(text: str) -> str:
    """The text with combining marks removed after NFKD decomposition ("Bişkek" -> "Biskek")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def with_typographic(forms: Iterable[str]) -> frozenset[str]:
    """The forms and their spellings with a typographic apostrophe ("'ll" and "’ll", "'s" and "’s"): spaCy
    keeps a contraction's or a possessive's text as written, and news pages use either apostrophe."""
    return frozenset(spelt for form in forms for spelt in (form, form.replace("'", "’")))
