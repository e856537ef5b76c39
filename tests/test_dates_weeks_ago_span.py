"""An incident told 'a week ago' takes the day the article gives it within a few days of the counted day,
whichever calendar week that day falls in: a count of weeks back from the report is rough."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

from kronika.dates.weeks_ago import DaySpan, weeks_ago_span
from kronika.model import EventDate

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06: 'a week ago' counts back to Tuesday 2020-09-29, whose calendar week runs
# from Monday 2020-09-28 to Sunday 2020-10-04; the days either side it may mean run from 09-26 to 10-02


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        # the Saturday before the counted day's calendar week is still 'a week ago'
        (
            "A teenager who was shot a week ago has died.\n\nThe boy was shot Sept. 26 at a park.",
            "shot",
            "2020-09-26",
            "day",
        ),
        (
            "A cashier was wounded a week ago in a robbery.\n\nShe was wounded on Oct. 1 at the counter.",
            "wounded",
            "2020-10-01",
            "day",
        ),
        # a day further off belongs to some other happening: the counted day stands
        (
            "A driver was shot a week ago.\n\nHe had been stopped for speeding on Sept. 20.",
            "shot",
            "2020-09-29",
            "day",
        ),
        # nor is three days before the report 'a week ago', though it lies in that calendar week
        (
            "A driver was shot a week ago.\n\nOn Oct. 3, detectives searched his car.",
            "shot",
            "2020-09-29",
            "day",
        ),
    ],
)
def test_a_week_ago_takes_the_day_the_article_gives_near_it(
    nlp: Language, text: str, trigger: str, expected: str, precision: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert (result.value, result.precision) == (date.fromisoformat(expected), precision)


MONDAY = date(2020, 9, 28)
PUBLISHED = date(2020, 10, 6)


@pytest.mark.parametrize(
    ("found", "published", "expected"),
    [
        (
            EventDate(MONDAY, "week", "'a week ago' relative to publication 2020-10-06"),
            PUBLISHED,
            DaySpan(date(2020, 9, 26), date(2020, 10, 2)),
        ),
        (
            EventDate(date(2020, 9, 21), "week", "'two weeks ago' relative to publication 2020-10-06"),
            PUBLISHED,
            DaySpan(date(2020, 9, 19), date(2020, 9, 25)),
        ),
        # a week named without a count keeps its calendar week
        (EventDate(MONDAY, "week", "'last week' relative to publication 2020-10-06"), PUBLISHED, None),
        (EventDate(MONDAY, "week", "'a week ago' relative to publication 2020-10-06"), None, None),
    ],
)
def test_weeks_ago_span(found: EventDate, published: date | None, expected: DaySpan | None) -> None:
    assert weeks_ago_span(found, published) == expected
