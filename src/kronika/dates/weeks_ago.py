"""The day an event told only 'two weeks ago' stands for: as many weeks before publication, not a Monday."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kronika.dates.calendar_math import NUMBER_WORDS
from kronika.dates.resolve import FROM_PUBLICATION
from kronika.model import EventDate

# the reason opens with the quoted expression that gave the date ("'two weeks ago' relative to publication")
WEEKS_AGO_REASON = re.compile(
    rf"^'(?P<n>\d{{1,2}}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+weeks?\s+ago'\s+{FROM_PUBLICATION}\b",
    re.IGNORECASE,
)


# 'a week ago' counts back roughly: a day the article gives up to this many days either side of the counted
# day is the one it means, whichever calendar week it falls in
AGO_SLACK_DAYS = 3


@dataclass(frozen=True)
class DaySpan:
    """The days from `first` to `last`, both included, that a vaguer date may stand for."""

    first: date
    last: date


def weeks_ago_span(found: EventDate, published: date | None) -> DaySpan | None:
    """The days an event told 'two weeks ago' may fall on, for a day the article gives to narrow it: those
    within `AGO_SLACK_DAYS` of the counted day (all before publication), else None."""
    counted = weeks_ago_day(found, published)
    if counted is None or counted.value is None:
        return None
    slack = timedelta(days=AGO_SLACK_DAYS)
    return DaySpan(counted.value - slack, counted.value + slack)


def weeks_ago_day(found: EventDate, published: date | None) -> EventDate | None:
    """'was shot two weeks ago', where the article gives no day inside that week: the day as many weeks
    before publication, else None. A count of weeks back from the report names a day (a story told on a
    Thursday 'two weeks ago' means a Thursday), and its week's Monday, which stands for the week, is that
    day only by chance (GVA study incidents so dated: the counted day 2, the Monday 0)."""
    m = WEEKS_AGO_REASON.match(found.reason)
    if published is None or found.value is None or found.precision != "week" or m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
    day = published - timedelta(weeks=n)
    return EventDate(day, "day", f"{found.reason}, the day {n} week{'s' * (n > 1)} before publication")
