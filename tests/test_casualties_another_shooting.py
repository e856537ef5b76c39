"""A shooting a story names anew after telling its own ('A shooting on Elm Street left two men wounded') is
another incident: its toll is not the story's, and the headline on the story's own incident lends it nothing;
a toll of its own above the headline's is set aside, as a recalled story's is."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties

STORY = (
    "A 3-year-old boy died after he was shot while riding in his mother's car on Friday evening, police "
    "said. "
    "The child was rushed to an emergency room, and he did not survive. "
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence_with", "title", "expected"),
    [
        *rule(
            "the story's own toll leaves out a shooting named anew after it",
            (
                STORY + "A shooting in the 300 block of Birch Road left two men wounded an hour later.",
                "A 3-year-old",
                None,
                Casualties(1, None),
            ),
        ),
        *rule(
            "the shooting named anew keeps its own toll, but none above the headline's",
            (
                STORY + "A shooting in the 300 block of Birch Road left two men wounded an hour later.",
                "A shooting in the 300",
                None,
                Casualties(None, 2),
            ),
            (
                STORY + "A shooting in the 300 block of Birch Road left two men wounded an hour later.",
                "A shooting in the 300",
                "Boy, 3, dies after shooting",
                Casualties(None, None),
            ),
        ),
        *rule(
            "a story that opens on 'a shooting' tells its own",
            (
                "A shooting in the 300 block of Birch Road left two men wounded on Friday. "
                "Both were taken to a hospital.",
                "A shooting in the 300",
                None,
                Casualties(None, 2),
            ),
        ),
    ],
)
def test_another_shooting(
    nlp: Language, text: str, sentence_with: str, title: str | None, expected: Casualties
) -> None:
    assert story_toll(nlp, text, sentence_with, title) == expected
