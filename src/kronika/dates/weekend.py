"""The day an event told only 'over the weekend' stands for: the weekend's Sunday, not its week's Monday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kronika.model import EventDate

# the reason opens with the quoted expression that gave the date ("'the weekend' relative to publication")
WEEKEND_REASON = re.compile(r"^'[^']*\bweekend\b[^']*'", re.IGNORECASE)
SUNDAY_OFFSET = 6  # a week's date is its Monday
FRIDAY_OFFSET = 4  # a weekend opens on Friday night


def weekend_sunday(found: EventDate) -> EventDate | None:
    """'was shot over the weekend', 'last weekend', where the article gives no day inside that week: the
    weekend's Sunday, else None. A weekend holds no Monday, so the week's first day, which stands for a week,
    is never its day; of the two it holds, Sunday is the commoner (GVA study incidents dated by a weekend:
    Sunday 13, Saturday 6; ACLED notes dated only by one: Sunday 32, Saturday 27)."""
    if found.value is None or found.precision != "week" or WEEKEND_REASON.match(found.reason) is None:
        return None
    sunday = found.value + timedelta(days=SUNDAY_OFFSET)
    return EventDate(sunday, "day", f"{found.reason}, the weekend's Sunday")


def weekend_start(found: EventDate) -> date | None:
    """The first day a weekend told as its week's date can hold: its Friday, as a weekend opens on Friday
    night ('shot over the weekend' ... 'late Friday'); None for any other date. A weekday before it
    ('Monday night', 'Tuesday') is not a day of that weekend, so it must not narrow the weekend to a day."""
    if found.value is None or found.precision != "week" or WEEKEND_REASON.match(found.reason) is None:
        return None
    return found.value + timedelta(days=FRIDAY_OFFSET)
