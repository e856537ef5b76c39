"""The counted day for an event dated only by 'N weeks ago'."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.weeks_ago import weeks_ago_day
from kronika.model import EventDate

PUBLISHED = date(2021, 6, 17)  # a Thursday
MONDAY = date(2021, 5, 31)


@pytest.mark.parametrize(
    ("found", "published", "expected"),
    [
        (
            EventDate(MONDAY, "week", "'two weeks ago' relative to publication 2021-06-17"),
            PUBLISHED,
            date(2021, 6, 3),
        ),
        (
            EventDate(
                MONDAY, "week", "'2 weeks ago' relative to publication 2021-06-17, in its lead sentence"
            ),
            PUBLISHED,
            date(2021, 6, 3),
        ),
        (
            EventDate(MONDAY, "week", "'a week ago' relative to publication 2021-06-17"),
            PUBLISHED,
            date(2021, 6, 10),
        ),
        (
            EventDate(MONDAY, "week", "'Three weeks ago' relative to publication 2021-06-17"),
            PUBLISHED,
            date(2021, 5, 27),
        ),
        # a week named without a count, or one counted from another event, keeps its week
        (EventDate(MONDAY, "week", "'last week' relative to publication 2021-06-17"), PUBLISHED, None),
        (
            EventDate(MONDAY, "week", "'two weeks later' relative to the previous event's date 2021-05-17"),
            PUBLISHED,
            None,
        ),
        # a month counted back is not a week's
        (
            EventDate(date(2021, 4, 15), "month", "'two months ago' relative to publication 2021-06-17"),
            PUBLISHED,
            None,
        ),
        (EventDate(MONDAY, "day", "'two weeks ago' relative to publication 2021-06-17"), PUBLISHED, None),
        (EventDate(MONDAY, "week", "'two weeks ago' relative to publication 2021-06-17"), None, None),
        (EventDate(None, None, "unknown: no time expression in the sentence"), PUBLISHED, None),
    ],
)
def test_weeks_ago_day(found: EventDate, published: date | None, expected: date | None) -> None:
    result = weeks_ago_day(found, published)
    assert (result.value if result is not None else None) == expected
    if result is not None:
        assert result.precision == "day"
        assert result.reason.startswith(found.reason)
