"""The weekend's Sunday for an event dated only by 'the weekend'."""

from __future__ import annotations

from datetime import date

import pytest
from dating import detection_at
from spacy.language import Language

from kronika.dates import resolve_date
from kronika.dates.weekend import is_monday_holiday, weekend_end, weekend_start, weekend_sunday
from kronika.model import Article, ArticleContext, EventDate

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


# a holiday Monday after the weekend: Memorial Day 2021 (May 31), New Year's Day 2017 kept on Monday Jan 2
MEMORIAL_WEEK = date(2021, 5, 24)
NEW_YEAR_WEEK = date(2016, 12, 26)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (EventDate(MONDAY, "week", "'over the weekend' relative to publication 2021-03-16"), SUNDAY),
        (EventDate(MEMORIAL_WEEK, "week", "'the weekend' relative to publication 2021-06-01"), date(2021, 5, 31)),
        (EventDate(NEW_YEAR_WEEK, "week", "'the weekend' relative to publication 2017-01-03"), date(2017, 1, 2)),
        (EventDate(MONDAY, "week", "'last week' relative to publication 2021-03-15"), None),
        (EventDate(MONDAY, "day", "'the weekend' relative to publication 2021-03-13"), None),
    ],
)
def test_a_long_weekend_runs_through_its_holiday_monday(found: EventDate, expected: date | None) -> None:
    assert weekend_end(found) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2021, 5, 31), True),  # Memorial Day
        (date(2020, 9, 7), True),  # Labor Day
        (date(2021, 1, 18), True),  # Martin Luther King Jr. Day
        (date(2021, 2, 15), True),  # Presidents' Day
        (date(2017, 1, 2), True),  # New Year's Day fell on the Sunday
        (date(2022, 12, 26), True),  # Christmas fell on the Sunday
        (date(2021, 7, 5), True),  # Independence Day fell on the Sunday
        (date(2020, 10, 12), False),  # Columbus Day: a working day for most
        (date(2021, 3, 15), False),  # an ordinary Monday
        (date(2021, 5, 30), False),  # a Sunday
    ],
)
def test_monday_holidays(day: date, expected: bool) -> None:
    assert is_monday_holiday(day) is expected


LABOR_DAY_WEEK_TUESDAY = date(2020, 9, 8)  # the day after Labor Day (Monday, September 7, 2020)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holiday Monday the article names is a day of the long weekend
        (
            "A teenager was wounded over the weekend near the lake.\n\nIt happened about 8 p.m. Monday "
            "near the boat ramp.",
            "2020-09-07",
        ),
        # no day named: the weekend's Sunday, as on any weekend
        ("A teenager was wounded over the weekend near the lake.", "2020-09-06"),
    ],
)
def test_a_holiday_monday_named_narrows_the_long_weekend(nlp: Language, text: str, expected: str) -> None:
    doc = nlp(text)
    context = ArticleContext(Article(id="t", text=text, published=LABOR_DAY_WEEK_TUESDAY))
    found = resolve_date(doc, detection_at(doc, "wounded", plover="ASSAULT"), context, None)
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")
