"""What a borrowed date names as background rather than the article's own incident: a time long past."""

from __future__ import annotations

from datetime import date

from kronika.dates.expressions import ResolvedDate, TimeExpression

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
