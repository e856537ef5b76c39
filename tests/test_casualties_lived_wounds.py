"""Wounds told as ones the victims lived through ('non-fatal', 'minor') make them injured, not just hit."""

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
            "people with wounds they lived through are injured besides the dead",
            ("A man was fatally shot in a garage. Three others sustained non-fatal bullet wounds.", 1, 3),
            ("A woman was killed on Elm Street. Two men suffered non-life-threatening gunshot wounds.", 1, 2),
        ),
        *rule(
            "a wound told plainly may be the dead's own",
            ("A man was killed on Elm Street. He suffered a gunshot wound to the chest.", 1, None),
        ),
        *rule(
            "injuries all the story's victims had may be the dead's own, as wounds may",
            (
                "A man and his wife were found dead in their home on Elm Street on Monday. Police say both "
                "victims had multiple injuries.",
                2,
                None,
            ),
            (
                "A man was killed and a woman was shot on Elm Street on Monday. Both victims had serious "
                "injuries.",
                1,
                1,
            ),
            (
                "A man and a woman were attacked on Elm Street on Monday. Both victims had minor injuries.",
                None,
                2,
            ),
            (
                "Three people were shot on Elm Street on Monday. The victims suffered non-life-threatening "
                "injuries.",
                None,
                3,
            ),
        ),
    ],
)
def test_wounds_lived_through_are_injuries(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
