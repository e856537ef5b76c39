"""Named days of the US and Western calendar ('on Christmas Eve', 'Thanksgiving night', 'Easter morning').

Local news dates many incidents by the holiday they fell on, often with no other day named. A holiday
resolves to its most recent occurrence not well after publication, like a month name without a year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

Rule = Callable[[int], date]


def _fixed(month: int, day: int) -> Rule:
    """A holiday on the same date every year."""
    return lambda year: date(year, month, day)


def _nth_weekday(month: int, weekday: int, n: int) -> Rule:
    """The n-th given weekday of a month (n = -1: the last), e.g. Thanksgiving: 4th Thursday of November."""

    def rule(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


MONDAY, THURSDAY, SUNDAY = 0, 3, 6
# the holidays whose bare name may name the day, named so BARE_NAMES need not know their place in HOLIDAYS
CHRISTMAS: Rule = _fixed(12, 25)
THANKSGIVING: Rule = _nth_weekday(11, THURSDAY, 4)
# the name as written (a regular expression) and the day it names; a bare "Christmas" or "Easter" often
# names a season ("before Christmas", "Easter holidays"), so those need a day word or "on"; a possessive
# is written with a straight or a typographic apostrophe ("New Year’s Eve")
HOLIDAYS: tuple[tuple[str, Rule], ...] = (
    (r"new\s+year['’]?s\s+eve", _fixed(12, 31)),
    (r"new\s+year['’]?s\s+day", _fixed(1, 1)),
    (r"christmas\s+eve", _fixed(12, 24)),
    (r"christmas\s+day|(?<=on\s)christmas", CHRISTMAS),
    (r"(?:the\s+)?fourth\s+of\s+july|independence\s+day", _fixed(7, 4)),
    (r"halloween", _fixed(10, 31)),
    (r"valentine['’]?s\s+day", _fixed(2, 14)),
    (r"st\.?\s+patrick['’]?s\s+day", _fixed(3, 17)),
    (r"juneteenth", _fixed(6, 19)),
    (r"thanksgiving\s+day|(?<=on\s)thanksgiving", THANKSGIVING),
    (r"easter\s+sunday|(?<=on\s)easter", easter),
    (r"mother['’]?s\s+day", _nth_weekday(5, SUNDAY, 2)),
    (r"father['’]?s\s+day", _nth_weekday(6, SUNDAY, 3)),
    (r"memorial\s+day", _nth_weekday(5, MONDAY, -1)),
    (r"labor\s+day", _nth_weekday(9, MONDAY, 1)),
    (r"(?:martin\s+luther\s+king(?:\s+jr\.?|,\s+jr\.?)?|mlk)\s+day", _nth_weekday(1, MONDAY, 3)),
    (r"presidents['’]?\s+day", _nth_weekday(2, MONDAY, 3)),
    (r"columbus\s+day", _nth_weekday(10, MONDAY, 2)),
    (r"veterans['’]?\s+day", _fixed(11, 11)),
)
# the holidays whose bare name may name the day: "Thanksgiving night", "Christmas morning", "Easter
# evening" without "on" or "Day", and "two days after Thanksgiving" (`dates/holiday_counts.py`)
BARE_NAMES: dict[str, Rule] = {"thanksgiving": THANKSGIVING, "christmas": CHRISTMAS, "easter": easter}
_DAYPART = r"(?:morning|afternoon|evening|night)"

# "Memorial Day weekend", "the Christmas holidays" name a span around the day, and "a Halloween party"
# an event that may fall on another day
HOLIDAY = re.compile(
    "(?:"
    + "|".join(
        [
            *(f"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(HOLIDAYS)),
            rf"(?P<part>thanksgiving|christmas|easter)(?=\s+{_DAYPART})",
        ]
    )
    # the part of the day belongs to the expression: "on Easter morning" hangs on the verb, "Easter" alone
    # would modify "morning"
    + rf")(?:\s+{_DAYPART})?"
    # "New Year's Day 2012": a year written after the holiday names that year's
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    + r"(?!\s+(?:weekend|holidays?|season|break|week|party|parties|celebrations?|bash|festival))",
    re.IGNORECASE,
)


def holiday_rule(m: re.Match[str]) -> Rule:
    """The rule of the holiday a match of HOLIDAY names."""
    if m["part"]:
        return BARE_NAMES[m["part"].lower()]
    index = next(i for i in range(len(HOLIDAYS)) if m[f"h{i}"])
    return HOLIDAYS[index][1]


def written_year(m: re.Match[str]) -> int | None:
    """The year written after the holiday a match of HOLIDAY names ('Christmas Eve 2015'), if any."""
    return int(m["year"]) if m["year"] else None


def most_recent(rule: Rule, base: date) -> date:
    """The holiday in the base year, or the year before when it would fall well after publication."""
    this_year = rule(base.year)
    return this_year if this_year <= base + timedelta(days=7) else rule(base.year - 1)
