"""Specs: a holiday written with its year names that year's day, and an undated incident borrows the day
of the nearest sentence dating an incident, not of a page's other story told above it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("On New Year's Day 2012, a guard was shot outside the depot.", "shot", "2012-01-01"),
        ("A cabbie was wounded on Christmas Eve, 2015, near the station.", "wounded", "2015-12-24"),
        ("A boy was shot on Easter morning 2018 in his yard.", "shot", "2018-04-01"),
        # with no year, still the most recent one before publication
        ("A cabbie was wounded on Christmas Eve near the station.", "wounded", "2019-12-24"),
    ],
)
def test_a_holiday_with_its_year_is_that_years_day(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    found = resolve(nlp, text, trigger, plover="ASSAULT")
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")


# a lead naming no day, then another story the page shows
PAGE_STORY = "Neighbours are in shock.\n\nA clerk was shot near the mall on Sunday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's own sentence just above the event is nearer than the page's other story above it
        (
            PAGE_STORY + "A town mourns after a shooting Monday afternoon.\n\n"
            "Police said the boy was shot inside his home.",
            "2020-10-05",
        ),
        # where the story names no day of its own, the page's story is still the only one to borrow
        (PAGE_STORY + "Police said the boy was shot inside his home.", "2020-10-04"),
        # a sentence after the event dates it where none before it does
        (
            "Police said the boy was shot inside his home.\n\nThe shooting happened Monday afternoon.",
            "2020-10-05",
        ),
    ],
)
def test_an_undated_incident_borrows_the_nearest_incident_day(
    nlp: Language, text: str, expected: str
) -> None:
    found = resolve(nlp, text, "shot", sentence_with="the boy was shot", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round-up's lead counting shootings since a day: that day starts its stretch, and the story's own
        # sentence above dates its incident
        (
            "Nine people were shot across the city since Friday night, police said.\n\n"
            "A teen was wounded in a shooting Sunday evening in Eastfield.\n\n"
            "Police said the boy was shot near a park.",
            "2020-10-04",
        ),
        # a lead on one day's shootings dates them all
        (
            "Three people were shot in two shootings on Friday night near the campus.\n\n"
            "Police said the boy was shot near a park.",
            "2020-10-02",
        ),
    ],
)
def test_a_round_up_lead_lends_its_stories_no_day(nlp: Language, text: str, expected: str) -> None:
    found = resolve(nlp, text, "shot", sentence_with="the boy was shot", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's own day of the week outranks an older incident the article compares it with, told nearer
        (
            "Police said the boy was shot inside his home.\n\n"
            "It is the second shooting of a child in the town this month. "
            "A girl was shot Sept. 14 near the school.\n\n"
            "The boy was wounded late Saturday night, his mother said.",
            "2020-10-03",
        ),
        # only a date written out marks the older incident: a holiday named nearer still lends its day
        (
            "Police said the boy was shot inside his home.\n\n"
            "The boy was wounded on Labor Day near the school.\n\n"
            "A cousin was shot late Saturday night, his mother said.",
            "2020-09-07",
        ),
        # an older day written out still lends where no sentence dates an incident within the week
        (
            "Police said the boy was shot inside his home.\n\nThe boy was wounded Sept. 14 near the school.",
            "2020-09-14",
        ),
    ],
)
def test_an_incident_of_the_reports_week_outranks_an_older_one(
    nlp: Language, text: str, expected: str
) -> None:
    found = resolve(nlp, text, "shot", sentence_with="the boy was shot", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)
