"""People found suffering or bleeding from wounds are people hit, counted by who was found, not who found
them."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "those found suffering or bleeding from wounds were hit",
            (
                "Police came to Birch Road. Three men were found suffering from gunshot wounds.",
                None,
                3,
            ),
            (
                "Police came to Birch Road. Two men were found bleeding from gunshot wounds.",
                None,
                2,
            ),
            ("Police found him suffering from a gunshot wound on Birch Road.", None, 1),
        ),
        *rule(
            "someone recovering from wounds is no one new",
            ("A man was shot on Birch Road on Friday. He is recovering from his wounds.", None, 1),
        ),
    ],
)
def test_people_found_wounded_were_hit(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
