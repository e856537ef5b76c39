"""A death a speaker feared or foretold in spoken English ('I was gonna die') is no death."""

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
            "'gonna die', parsed 'gon na die', tells a fear, not a death",
            (
                "Three people were still in the hospital on Wednesday, recovering from a shooting across "
                "from Lakeview High School. One of the five shooting victims talked with a reporter at his "
                "house, where he was healing from a bullet wound to the chest. "
                '"I thought we were gonna probably die or something," said Marcus Hale, a Lakeview senior.',
                None,
                5,
            ),
        ),
        *rule(
            "a death told outright beside such a fear still counts",
            (
                "Two men were shot outside a gym on Tuesday and one of them died at the scene. "
                '"I thought I was gonna die too," said the other, a 24-year-old.',
                1,
                1,
            ),
        ),
    ],
)
def test_a_feared_death_is_no_death(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
