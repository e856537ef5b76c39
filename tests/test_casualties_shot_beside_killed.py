"""People told shot in a clause joined by 'and' to an earlier one that kills others are injured, not the dead
again; a shooting told first may count the dead among those shot."""

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
            "shot in a clause after a killing of others: they lived",
            ("Two women were killed and three men were shot outside a diner on Pine Road.", 2, 3),
            ("A grocer was killed, and his nephew was shot near the store in Oakvale.", 1, 1),
        ),
        *rule(
            "shot told first: the count takes the dead in",
            ("Nine people were shot and two were killed outside a diner on Pine Road.", 2, 7),
            ("A gunman shot five people at a diner on Pine Road, killing one.", 1, 4),
        ),
        *rule(
            "one victim shot and killed is one death",
            ("An 83-year-old woman was shot and killed outside a diner on Pine Road.", 1, None),
        ),
    ],
)
def test_shot_beside_the_killed(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
