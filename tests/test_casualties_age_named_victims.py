"""A victim named by an age alone ('a 43-year-old') is one person named apart, like 'a man': told shot
beside someone else told dead in the same sentence, he is one hurt besides the dead."""

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
            "an age alone told shot beside another told dead",
            (
                "A 43-year-old who had been grazed in the arm sat beside a woman who had died, police said.",
                1,
                1,
            ),
            (
                "A 19-year-old who was hit in the hip lived, while a teenager standing next to him died.",
                1,
                1,
            ),
        ),
        *rule(
            "the same person told shot and dead is one dead",
            ("A 43-year-old was shot and killed on Elm Street on Friday night.", 1, None),
        ),
    ],
)
def test_a_victim_named_by_age_alone_is_one_named_apart(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
