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
    ],
)
def test_wounds_lived_through_are_injuries(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
