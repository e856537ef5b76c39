"""Words that look like counts but count no one, and counts the parse hides: a duration in words ('a
five-year veteran'), 'no one hurt', an apposition that remarks on the count ('a claim that could not be
verified'), a weekday the parse takes for whoever died, a second victim of another incident, and tolls over
a group's career or a run of protests."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import STATED
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        *rule(
            "a duration in words or figures counts no one",
            ("a five-year veteran of the department", None),
            ("a 5-year veteran", None),
            ("a twelve-hour standoff", None),
        ),
        *rule(
            "an age still counts its one person, and plain counts stay",
            ("a two-year-old", 1),
            ("two 9-year-old boys", 2),
            ("twenty-one people", 21),
        ),
    ],
)
def test_durations_count_no_one(phrase: str, expected: int | None) -> None:
    assert parse_count(phrase) == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        *rule("'no one hurt' and 'not one killed' count none", ("Shots hit a bus; no one hurt", []),
              ("Not one killed in the blast", [])),
        *rule("'one hurt' counts one", ("Shots hit a bus; one hurt", ["one"])),
    ],
)  # fmt: skip
def test_no_one_is_no_count(text: str, counted: list[str]) -> None:
    assert [m["n"] for m in STATED.finditer(text)] == counted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence_with", "expected"),
    [
        *rule(
            "a veteran's years are no one hurt",
            (
                "A deputy was shot in the arm during a traffic stop on Friday night. "
                "The deputy, a five-year veteran of the force, was treated at a hospital.",
                "A deputy",
                Casualties(None, 1),
            ),
        ),
        *rule(
            "an apposition remarking on the count leaves the count",
            (
                "Troops killed seven of them, a claim that could not be independently verified.",
                "Troops",
                Casualties(7, None),
            ),
        ),
        *rule(
            "the man who died is the one shot, though the parse reads 'Saturday has died'",
            (
                "A 51-year-old man who was shot during a robbery attempt Saturday has died, police said.",
                "A 51-year-old",
                Casualties(1, None),
            ),
        ),
        *rule(
            "a second man shot in a separate incident is one man, not the second of two",
            (
                "Police said a second man was shot in a separate incident on Monday and will recover.",
                "Police said",
                Casualties(None, 1),
            ),
        ),
        *rule(
            "a group's toll over its career or a run of protests is no event's",
            (
                "The raid bore the hallmarks of the rebels, who have killed tens of thousands of people "
                "since launching their revolt in 2011.",
                "The raid",
                Casualties(None, None),
            ),
            (
                "More than 150 people have been killed by police fire during the protests.",
                "More than",
                Casualties(None, None),
            ),
            (
                "At least 24 people have died since the protests began on April 28.",
                "At least",
                Casualties(None, None),
            ),
        ),
    ],
)
def test_counts_misread(nlp: Language, text: str, sentence_with: str, expected: Casualties) -> None:
    assert story_toll(nlp, text, sentence_with) == expected
