"""A victim told as having lived (sent home from hospital, hurt though struck) is one of the injured besides
the dead, even where the story tells a death that came after the attack."""

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
            "someone treated and released is no one who died later",
            (
                "Gunmen fired on a group on Pine Street on Monday. Ray Dunn was hit in the neck. The teen "
                "died at a hospital two days later. His cousin was shot in the foot. He was treated and "
                "released.",
                1,
                1,
            ),
            (
                "A man was shot on Pine Street on Monday and later died. A woman hurt in the shooting was "
                "released from the hospital on Tuesday.",
                1,
                1,
            ),
        ),
        *rule(
            "a verb joined to another shares its subject: the sufferer of the injuries",
            (
                "A 3-year-old girl was fatally shot in a parked car on Friday. A 1-year-old boy in the car "
                "was also struck but suffered minor injuries, police said.",
                1,
                1,
            ),
        ),
        *rule(
            "a later death without word of anyone sent home: the hurt are everyone hit",
            ("Two men were wounded on Pine Street on Monday. One of them later died at a hospital.", 1, 1),
        ),
    ],
)
def test_survivors_are_injured_besides_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
