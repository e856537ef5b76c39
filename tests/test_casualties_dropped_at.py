"""'Pronounced dead' with its 'at' dropped still tells a death: the noun after it is a place, not a victim."""

from __future__ import annotations

import pytest
from builders import rule, whole_sentence
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        *rule(
            "a typo dropping 'at' leaves the struck victim dead, not hurt with a hospital counted instead",
            (
                "Deputies said a 19-year-old courier was shot in the thigh and pronounced dead a county "
                "hospital.",
                1,
                None,
            ),
            (
                "A 47-year-old woman was shot in the shoulder and declared dead a nearby medical center.",
                1,
                None,
            ),
        ),
        *rule(
            "the ordinary wordings are read as before",
            (
                "Deputies said a 19-year-old courier was shot in the thigh and pronounced dead at a county "
                "hospital.",
                1,
                None,
            ),
            ("Doctors pronounced the boy dead at the scene.", 1, None),
        ),
    ],
)
def test_a_death_told_without_its_at(
    nlp: Language, sentence: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence)) == Casualties(fatalities, injured)
