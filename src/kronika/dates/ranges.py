"""Day ranges ('6-7 August', 'from Jan 21 to Jan 27, 2020'): the patterns, and the range's first day."""

from __future__ import annotations

import re
from datetime import date

# a month's name or abbreviation, in a named group, so a range can name its start's and its end's months
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:r?uary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|(?i:to|and|until|till|through))\s*"
_OPEN = r"(?:(?i:from|between)\s+)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"


def _month(group: str) -> str:
    """A month name in a group of its own."""
    return rf"(?P<{group}>{_MONTH_NAME})"


# "6-7 August", "from 11 to 13 Aug", "between 20 May and 14 June 2015": the month (and year) written once,
# after the range's end, is its start's too
DAY_FIRST_RANGE = (
    rf"{_OPEN}(?P<day>[0-3]?\d){_ORDINAL}(?:\s+(?:of\s+)?{_month('month')})?{_TO}(?:the\s+)?"
    rf"[0-3]?\d{_ORDINAL}\s+(?:of\s+)?{_month('end_month')}{_YEAR}"
)
# "November 10-14", "From Jan 21 to Jan 27, 2020"
MONTH_FIRST_RANGE = (
    rf"{_OPEN}{_month('month')}\s+(?P<day>[0-3]?\d){_ORDINAL}{_TO}(?:{_month('end_month')}\s+)?"
    rf"[0-3]?\d{_ORDINAL}(?![\d:]){_YEAR}"
)


def range_start(m: re.Match[str], month_number: int, end_month: int) -> date | None:
    """The first day of a matched range whose year is written (None without one): a range running into a
    new year ('28 December to 3 January 2021') starts in the year before the one written after its end."""
    if not m["year"]:
        return None
    year = int(m["year"]) - (1 if month_number > end_month else 0)
    try:
        return date(year, month_number, int(m["day"]))
    except ValueError:
        return None
