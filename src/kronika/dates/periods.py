"""The days a known event date stands for: its first and last, by its precision."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from kronika.model import EventDate


def period_start(event_date: EventDate) -> date:
    """The first day of the period a known event date stands for (a month's date is its middle day)."""
    assert event_date.value is not None
    if event_date.precision == "month":
        return event_date.value.replace(day=1)
    return event_date.value


def period_end(event_date: EventDate) -> date | None:
    """The last day of the period an event date stands for."""
    value = event_date.value
    if value is None:
        return None
    if event_date.precision == "week":
        return value + timedelta(days=6)
    if event_date.precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if event_date.precision == "year":
        return value.replace(month=12, day=31)
    return value
