"""A graze only skims, so whoever a bullet grazed lived: one of the injured, not a hit who may be the dead;
and who bears a gunshot wound ('another man turned up at a clinic with a gunshot wound') says whether he is
one besides the others, or which one ('a third man')."""

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
            "someone grazed by a bullet lived, besides the dead",
            ("A man was shot dead outside a bar in Elmwood. A woman was grazed by a bullet.", 1, 1),
            ("A clerk was killed in a robbery on Pine Road. A stray round grazed a customer's arm.", 1, 1),
            ("A teen died in a shooting at a park. His friend suffered a graze wound.", 1, 1),
        ),
        *rule(
            "people grazed are injured where no one died",
            ("Two neighbors were grazed by gunfire on Maple Avenue.", None, 2),
        ),
        *rule(
            "the bearer of a wound told besides the dead is injured",
            (
                "A man was killed on Cedar Street late Friday. Another man turned up at Mercy Hospital "
                "with a gunshot wound to the foot.",
                1,
                1,
            ),
            (
                "A woman was shot dead near a gas station. A second man walked into Saint Luke Hospital "
                "with a gunshot wound.",
                1,
                1,
            ),
        ),
        *rule(
            "a wound told plainly may still be the dead's own",
            ("A man was killed on Cedar Street. He had a gunshot wound to the chest.", 1, None),
        ),
    ],
)
def test_grazes_and_borne_wounds(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
