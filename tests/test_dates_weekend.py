"""The weekend's Sunday for an event dated only by 'the weekend'."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.weekend import weekend_start, weekend_sunday
from kronika.model import EventDate

MONDAY = date(2021, 3, 8)
FRIDAY = date(2021, 3, 12)
SUNDAY = date(2021, 3, 14)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (EventDate(MONDAY, "week", "'over the weekend' relative to publication 2021-03-16"), SUNDAY),
        (EventDate(MONDAY, "week", "'last weekend' relative to publication 2021-03-15, in its lead"), SUNDAY),
        (EventDate(MONDAY, "week", "'last week' relative to publication 2021-03-15"), None),
        (EventDate(MONDAY, "day", "'the weekend' relative to publication 2021-03-13"), None),
        (EventDate(MONDAY, "week", "'this week' relative to publication 2021-03-12, a weekend's game"), None),
        (EventDate(None, None, "unknown: no time expression in the sentence"), None),
    ],
)
def test_weekend_sunday(found: EventDate, expected: date | None) -> None:
    result = weekend_sunday(found)
    assert (result.value if result is not None else None) == expected
    if result is not None:
        assert result.precision == "day"


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (EventDate(MONDAY, "week", "'over the weekend' relative to publication 2021-03-16"), FRIDAY),
        (EventDate(MONDAY, "week", "'last week' relative to publication 2021-03-15"), None),
        (EventDate(MONDAY, "day", "'the weekend' relative to publication 2021-03-13"), None),
    ],
)
def test_a_weekend_opens_on_its_friday(found: EventDate, expected: date | None) -> None:
    assert weekend_start(found) == expected
