"""The group a part is told of after 'of the' ('of the three dead, one is the gunman') is a group the story
has counted, named again: it adds no one to the toll."""

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
            "the whole of a part, counted in the same sentence",
            (
                '"Right now we know of four dead, seven wounded and of the four dead one is surely the '
                'gunman," the sheriff said.',
                4,
                7,
            ),
            (
                "Four people were killed and of the four dead two were brothers, police in Marlow said.",
                4,
                None,
            ),
        ),
        *rule(
            "a part of a counted group keeps the group's count",
            (
                "Two of the four wounded men were in critical condition at Denbrook General on Sunday.",
                None,
                4,
            ),
        ),
    ],
)
def test_the_whole_of_a_part_is_counted_once(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
