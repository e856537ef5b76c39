"""What a borrowed date names as background rather than the article's own incident: a time long past, or
the span a tally of many incidents covers."""

from __future__ import annotations

import re
from datetime import date

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.expressions import TimeExpression

STATED_DAYS = 366  # a follow-up report (a trial, lab results) may come months after its incident
COARSE = frozenset({"month", "year"})


def _last_day(resolved: ResolvedDate) -> date:
    """The last day of the time a resolved expression names, as far as its precision tells."""
    return resolved.value.replace(month=12, day=31) if resolved.precision == "year" else resolved.value


def years_before(found: TimeExpression, published: date) -> bool:
    """The expression names a time that ended over a year before publication ('In 2008', 'Jan. 8, 2012')."""
    return _ended_years_before(found.resolver(published), published)


def _ended_years_before(resolved: ResolvedDate | None, published: date) -> bool:
    """The resolved time ended over a year before publication."""
    if resolved is None or resolved.value is None:
        return False
    return (published - _last_day(resolved)).days > STATED_DAYS


def long_past_period(found: TimeExpression, published: date | None) -> bool:
    """A year or a month, no day in it, that ended over a year before publication ('in 2011', 'May 2009',
    '30 years ago'): an article recalls an older event so ('the club's second mass shooting; in 2011 ...'),
    while a report of its own incident, even months on at a trial, names the incident's day ('Jan. 22')."""
    if published is None:
        return False
    resolved = found.resolver(published)
    return resolved is not None and resolved.precision in COARSE and _ended_years_before(resolved, published)


# the current year or month as the span of a count ("131 people shot so far this year", "the city's 40th
# homicide this year", "three homicides in the city this year"): it times a tally, not one incident
_CURRENT_PERIOD = re.compile(r"(?:earlier\s+)?this\s+(?:year|month)", re.IGNORECASE)
_NUMBER = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)"
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_TALLIED = r"(?:people|persons|victims|homicides|murders|killings|slayings|shootings|deaths)"
_TALLY = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far)\b"
    rf"|\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{_TALLIED}\b"
    rf"|\b{_ORDINAL}\s+(?:[\w-]+\s+)?(?:homicide|murder|killing|slaying|shooting)\b",
    re.IGNORECASE,
)


def period_tally(sentence: str, found: TimeExpression) -> bool:
    """The expression is the current year or month a sentence counting incidents or victims covers ('there
    have been 131 people shot so far this year'): the period of the count dates none of its incidents."""
    return _CURRENT_PERIOD.fullmatch(found.text) is not None and _TALLY.search(sentence) is not None
