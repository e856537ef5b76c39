"""One person told hospitalized in a clause joined to the dead's ('left two men dead and sent a boy to the
hospital') lived through the attack: one hurt besides the dead."""

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
            "sent to the hospital beside the dead",
            (
                "A shooting on Elm Street left two men dead and sent a young woman to the hospital.",
                2,
                1,
            ),
            (
                "Gunfire outside a bar left a bouncer dead and sent his cousin to a local hospital.",
                1,
                1,
            ),
        ),
        *rule(
            "in the hospital beside the dead, the verb left out",
            (
                "A 9-year-old girl is dead and her 14-year-old sister in a hospital after shots hit.",
                1,
                1,
            ),
        ),
    ],
)
def test_one_hospitalized_beside_the_dead_is_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
