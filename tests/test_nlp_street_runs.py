"""nlp.py: a street's abbreviated type ('Ave.') ends no sentence before a lower-case word or a day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.nlp import sentences


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Shots were fired at a house on 12 Linden Ave. on Friday and a girl was hurt.",
            ["Shots were fired at a house on 12 Linden Ave. on Friday and a girl was hurt."],
        ),
        (
            "Deputies were sent to Harbor Blvd. Tuesday night and found a man shot.",
            ["Deputies were sent to Harbor Blvd. Tuesday night and found a man shot."],
        ),
        (
            "A woman was found near Quarry Rd. with a wound to her arm.",
            ["A woman was found near Quarry Rd. with a wound to her arm."],
        ),
    ],
)
def test_a_street_abbreviation_runs_on_into_its_day(nlp: Language, text: str, told: list[str]) -> None:
    assert [s.text for s in sentences(nlp(text))] == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The boy lived on Walnut Ave. Police said he was shot twice.",
            ["The boy lived on Walnut Ave.", "Police said he was shot twice."],
        ),
        (
            "Two men argued outside a bar. on the corner, a crowd gathered.",
            ["Two men argued outside a bar.", "on the corner, a crowd gathered."],
        ),
    ],
)
def test_a_capital_after_a_street_or_a_plain_stop_still_ends_it(
    nlp: Language, text: str, told: list[str]
) -> None:
    assert [s.text for s in sentences(nlp(text))] == told
