"""A victim told holding on to life ('left his mother clinging to life', 'is fighting for his life') is hit
and alive when reported: one injured beside the dead, one hit where no one else is counted; a bare part of a
group the sentence counts ('one is clinging to life') is among that group, not one more."""

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
            "one left clinging to life or fighting for it is one hit",
            ("The shooting on Friday also left the boys' grandmother clinging to life.", None, 1),
            ("The shooting on Friday left a cashier fighting for her life.", None, 1),
            ("A man was shot on Friday and is fighting for his life.", None, 1),
        ),
        *rule(
            "beside the dead, the one holding on is injured",
            ("A gunman killed a farmer on Friday and left his wife clinging to life.", 1, 1),
            ("A man was killed and his son is clinging to life after a shooting on Friday.", 1, 1),
        ),
        *rule(
            "one holding on whom the sentence tells hit already is not one more",
            (
                "Mary is fighting for her life after the shooting on Monday, in which the 2-year-old "
                "accidentally shot herself in the head.",
                None,
                1,
            ),
        ),
        *rule(
            "a victim counted by order holding on counts everyone hit",
            ("A second man is fighting for his life after the shooting on Friday.", None, 2),
        ),
        *rule(
            "a bare part of a counted group is not one more",
            ("Two men were shot on Friday; one is clinging to life.", None, 2),
            ("Two men were shot on Friday, and one of them is clinging to life.", None, 2),
        ),
        *rule(
            "fighting for a cause is no life held on to",
            ("Two men were shot on Friday while fighting for a parking space.", None, 2),
        ),
    ],
)
def test_life_held_on_to_is_a_hit(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
