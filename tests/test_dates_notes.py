"""Spec: the dates older coder notes and pages write in their own ways: a dotted month run into its day
('Feb.28'), a weekday before a yearless date ('Saturday, Nov. 14': the year it falls on that day), and a
day told twice ('on Wednesday (June 20)') in a clause the parse hangs apart from the event."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule
from dating import PUBLISHED, resolve
from spacy.language import Language

from kronika.dates.expressions import find_expressions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a dotted month run into its day is that day",
            ("attacked in the early morning of Feb.28.", ["Feb.28"]),
            ("was released on Sept.3, 2014 in Wau.", ["Sept.3, 2014"]),
            ("on Dec.5th the camp was shelled.", ["Dec.5th"]),
        ),
        *rule(
            "a whole month's name ending a sentence is no day of the number after it",
            ("The rains came in May.2 people drowned.", ["in May"]),
        ),
    ],
)
def test_a_dotted_month_run_into_its_day(text: str, expected: list[str]) -> None:
    assert [e.text for e in find_expressions(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        *rule(
            "the day reckoned from publication where it falls on the weekday written",
            ("On Thursday, Nov. 14, a man was shot.", "2019-11-14"),
            ("Police said on Monday, June 22 that two men were hurt.", "2020-06-22"),
        ),
        *rule(
            "else the same day a year either side that does: the weekday tells a stale page's year",
            ("On Saturday, Nov. 14, a man was shot.", "2020-11-14"),
            ("A boy was hurt on Saturday, 22 June.", "2019-06-22"),
        ),
        *rule(
            "a weekday no year near publication fits leaves the day reckoned",
            ("On Sunday, March 11, a man was shot.", "2020-03-11"),
        ),
    ],
)
def test_a_weekday_written_before_a_yearless_date_tells_its_year(text: str, day: str) -> None:
    resolved = find_expressions(text, 0)[0].resolver(PUBLISHED)
    assert resolved is not None and resolved.value == date.fromisoformat(day)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        *rule(
            "a dotted month run into its day dates the event",
            (
                "Gunmen attacked the mayor's office in Diguel in the early morning of Feb.28.",
                "attacked",
                "2020-02-28",
            ),
        ),
        *rule(
            "a day told twice in the sentence's only dated clause still dates the event",
            (
                "Police arrested two activists from a procession brought out by the party in Magura on "
                "Wednesday (September 30).",
                "arrested",
                "2020-09-30",
            ),
        ),
    ],
)
def test_the_day_an_older_note_writes(nlp: Language, text: str, trigger: str, expected: str) -> None:
    found = resolve(nlp, text, trigger)
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")
