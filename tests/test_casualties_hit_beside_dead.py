"""People told hit by nothing named beside a death the sentence tells ('a man was killed, while four others
were hit') were hit by the same shots: injured besides the dead."""

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
            "a counted group hit beside the dead is hurt",
            (
                "The man was killed on Birch Lane, while four others were hit, none fatally, police said.",
                1,
                4,
            ),
            ("A woman was killed on Birch Lane on Friday. Two other people were hit.", 1, 2),
        ),
        *rule(
            "things hit are no one",
            ("A man died in the crash on Birch Lane and two cars were hit.", 1, None),
        ),
    ],
)
def test_hit_beside_the_dead(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
