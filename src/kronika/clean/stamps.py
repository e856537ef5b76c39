"""A page's own publication day from its text: its 'Posted: April 9, 2019' or 'Created: 01/26/2015' stamp
or dated dateline."""

from __future__ import annotations

import re
from datetime import date

from kronika.dates.calendar_math import month_number, safe_date
from kronika.dates.expression_patterns import MONTH

_DAY = rf"{MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"
# 'Published Thursday, June 6, 2019', 'Posted: Tuesday, April 9, 2019 2:05 PM': the day the page went up
# (an 'Updated' stamp is a later day, and is not read)
_PUBLISHED = re.compile(
    rf"\b(?:published|posted|created)(?:\s+on)?\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?{_DAY}",
    re.IGNORECASE,
)
# 'PORTSMOUTH, Va. (October 4, 2016): ...', 'LIMA, Ohio (Jan. 9, 2018) —': the day the report was filed
_DATELINE = re.compile(rf"^[^\n(]{{2,60}}\({_DAY}\)\s*[:—–-]", re.MULTILINE)
# 'Created: 01/26/2015 1:24 PM', 'Published: 8/19/2013': the same stamp in figures, month first as US pages
# write it (a four-digit year only: '1-9-14' may as well be a case number)
_NUMERIC = re.compile(
    r"\b(?:published|posted|created)(?:\s+on)?\s*:?\s*(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def page_day(text: str) -> date | None:
    """The day the page's text says it was published or filed: its first stamp or dated dateline."""
    found = sorted(
        (m for pattern in (_PUBLISHED, _DATELINE, _NUMERIC) for m in pattern.finditer(text)),
        key=lambda m: m.start(),
    )
    days = (_day(m) for m in found)
    return next((d for d in days if d is not None), None)


def published_day(text: str, published: date | None) -> date | None:
    """The article's publication day: the page's own stamp where it is earlier than the one given with the
    page (a feed's or crawler's date is often that of a later copy, and 'Saturday night' is reckoned from
    the day the report was written), else the given one, else the stamp."""
    stamped = page_day(text)
    if stamped is None:
        return published
    if published is None:
        return stamped
    return min(stamped, published)


def _day(m: re.Match[str]) -> date | None:
    """The date a stamp's match names, or None where its numbers make none."""
    month = int(m["month"]) if m["month"].isdigit() else month_number(m["month"])
    return safe_date(int(m["year"]), month, int(m["day"]))
