"""A year naming a car's model or an event's edition counts no one hurt or killed."""

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
            "a model year on the car the parse takes for the wounded counts no one",
            (
                "Deputies found Sam Cole in his red, 2-door, 2003 Mazda RX8 suffering from a gunshot wound.",
                None,
                None,
            ),
        ),
        *rule(
            "the people around the car are still counted",
            ("Police found a man inside his 2004 Honda Accord suffering from a gunshot wound.", None, 1),
            ("Two men were shot inside a 2009 Ford Focus on Pine Road.", None, 2),
        ),
    ],
)
def test_a_model_year_counts_no_one(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
