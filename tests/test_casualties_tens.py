"""Spec: 'tens' is a vague count of ten, as ACLED codes it ('tens of people dead' is 10), and 'tens of
thousands' is ten thousand."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties import parse_count


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        *rule(
            "'tens' counts ten, 'tens of thousands' ten thousand",
            ("tens", 10),
            ("tens of people", 10),
            ("tens of villagers", 10),
            ("tens of thousands", 10_000),
            ("tens of thousands of people", 10_000),
            ("tens of millions", 10_000_000),
        ),
    ],
)
def test_tens_is_a_vague_count(phrase: str, count: int) -> None:
    assert parse_count(phrase) == count


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "the dead told as 'tens' are coded 10",
            (
                "Fighting broke out in Wadi Kolo between the Aboda and Turan clans, leaving tens of people "
                "dead on both sides.",
                10,
            ),
            ("On 4 March 2021, two militias clashed near Tindal, and tens were reportedly killed.", 10),
        ),
    ],
)
def test_the_dead_told_as_tens(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities
