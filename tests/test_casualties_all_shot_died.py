"""People a sentence tells shot to death are all among the dead: none is one hit besides them, even where
the dead count a gunman who killed himself."""

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
            "a family found shot to death after a murder-suicide is all dead",
            (
                "Police say a man shot his wife and two sons before killing himself on Cedar Lane. "
                "A 40-year-old man, his 36-year-old wife and their two sons were found shot to death.",
                4,
                None,
            ),
            (
                "A woman shot her husband and her mother before turning the gun on herself. "
                "The three were found shot dead in the kitchen.",
                3,
                None,
            ),
        ),
        *rule(
            "those shot besides the dead still count as hurt",
            ("Four people were shot on Cedar Lane on Friday, two of them fatally.", 2, 2),
            ("Three people were shot on Cedar Lane on Friday. One man was shot and killed.", 1, 2),
        ),
    ],
)
def test_people_shot_to_death_are_all_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
