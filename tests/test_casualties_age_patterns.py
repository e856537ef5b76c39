"""An age stands for one person however it is written: in figures or in words, in years, months, weeks or
days, hyphened, spaced or short ('a 6 yr old', 'a 20 y/o'); two ages sharing one 'year-old' are two people,
and ages before a plural noun count nothing themselves. A bare age in days names no one by itself."""

from __future__ import annotations

import re

import pytest
from builders import rule
from spacy.language import Language

from kronika.casualties.age_patterns import AGED, SHORT_AGE, age_for_one
from kronika.casualties.numbers import parse_count


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        *rule(
            "an age in figures or words, of any unit, is one person",
            ("a 64-year-old", 1),
            ("a three-year-old boy", 1),
            ("another 16-year-old", 1),
            ("a twenty-one-year-old", 1),
            ("an 18-month-old girl", 1),
            ("a 3-week-old baby", 1),
            ("a 4-day-old infant", 1),
            ("a 2.5-year-old", 1),
        ),
        *rule(
            "an age spaced or written short is one person all the same",
            ("an 11 year old boy", 1),
            ("a 6 yr old boy", 1),
            ("a 20 y/o", 1),
            ("a 9 day old baby", 1),
        ),
        *rule(
            "two ages sharing one 'year-old' are two people, either of them one",
            ("19- and 20-year-old brothers", 2),
            ("a 19- or 20-year-old", 1),
        ),
        *rule(
            "ages before a plural noun leave the count to the words before them",
            ("two 9-year-old boys", 2),
            ("three 2-week-old puppies' owners", 3),
        ),
        *rule(
            "a bare age in days is left to the words after it",
            ("the two-day-old", None),
            ("a two-day-old girl", 1),
        ),
    ],
)
def test_an_age_is_one_person(phrase: str, expected: int | None) -> None:
    """`parse_count` reads each wording of an age alike."""
    assert parse_count(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a hyphened age in figures or words is an age",
            ("13-year-old", True),
            ("Six-month-old", True),
            ("twenty-two-year-old", True),
            ("5-day-old", True),
        ),
        *rule(
            "a span of time that is not an age is none",
            ("13-year", False),
            ("12-hour-old", False),
            ("13 years", False),
        ),
    ],
)
def test_what_an_age_is(text: str, expected: bool) -> None:
    """`AGED` matches an age standing for a person, and nothing else, whole."""
    assert (re.fullmatch(AGED, text, re.IGNORECASE) is not None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a short age is its figure's years",
            ("a 2 yr old", "a 2-year-old"),
            ("a 6 yrs. old boy", "a 6-year-old boy"),
            ("a 20 y/o man", "a 20-year-old man"),
            ("a 20yo man", "a 20-year-old man"),
        ),
        *rule(
            "a figure before any other word is left alone",
            ("2 years later", "2 years later"),
            ("20 yards away", "20 yards away"),
        ),
    ],
)
def test_a_short_age(text: str, expected: str) -> None:
    """`SHORT_AGE` rewrites an age written short as a hyphened one."""
    assert SHORT_AGE.sub(r"\1-year-old", text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "the 'old' of an age standing alone, hyphened or spaced, is one person",
            ("Police said a 43-year-old was shot.", True),
            ("Police said a 43 year old was shot.", True),
            ("Police said an 18-month-old was hurt.", True),
        ),
        *rule(
            "an age before a noun describes it; 'old' without a unit is no age",
            ("Police said a 43-year-old man was shot.", False),
            ("Police said an old man was shot.", False),
        ),
    ],
)
def test_an_age_for_one(nlp: Language, text: str, expected: bool) -> None:
    assert any(age_for_one(token) for token in nlp(text)) == expected
