"""A victim told as the other of the shooter's own kind ('a teen shot another teen') is the shooter's
counterpart, not someone hurt besides the story's dead."""

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
            "'another' of the shooter's kind is the one victim, who died",
            (
                "A teenager with a rifle accidentally shot another teen in the neck, killing the boy.",
                1,
                None,
            ),
            (
                "Two boys found a pistol in a closet. One of the boys, a 9-year-old, shot the other boy. "
                "The 8-year-old was pronounced dead at the hospital.",
                1,
                None,
            ),
            (
                "The teen took the gun from a shelf before he accidentally shot another teen. "
                "The 16-year-old died at the scene.",
                1,
                None,
            ),
        ),
        *rule(
            "a participle on the shooting tells the death of the one shot, named again",
            ("Police said he shot his brother in the chest, killing the 20-year-old.", 1, None),
            ("The gunman shot three people at the party, killing two.", 2, 1),
            # or by a pronoun of one person
            ("Deputies said he shot another man outside the bar, killing him.", 1, None),
            ("He shot his brother and a friend at the lake, killing him.", 1, 1),
        ),
        *rule(
            "'another' of some other kind, or counted, is a victim besides the dead",
            ("He killed his wife and then shot another woman in the leg.", 1, 1),
            ("A man killed a teen and shot two other teens on Elm Street.", 1, 2),
        ),
    ],
)
def test_the_shooter_counterpart_is_no_one_hurt_besides_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
