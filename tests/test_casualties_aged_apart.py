"""Someone told shot or hurt by an age none of the dead has is one hurt besides the dead, not one of them."""

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
            "an aged victim of another age than the dead's is hurt besides them",
            (
                "Fifteen-year-old Sam Cole was killed when a gunman fired at a car on Oak Road. "
                "Doctors pronounced Cole dead, a 16-year-old was flown to a hospital in critical condition "
                "and an 18-year-old was hit in the side.",
                1,
                2,
            ),
            (
                "A 6-year-old girl was killed early Sunday after shots hit a house on Pine Street. "
                "Officers found a 48-year-old who had been shot in the arm.",
                1,
                1,
            ),
        ),
        *rule(
            "an aged victim of the dead's own age may be the dead",
            (
                "A 19-year-old man was killed on Elm Street on Friday. "
                "Officers found the 19-year-old shot in the chest.",
                1,
                None,
            ),
        ),
        *rule(
            "a count of the wounded the story states is kept",
            (
                "A 22-year-old man was killed and two other people were wounded on Elm Street on Friday. "
                "A 30-year-old woman was shot in the leg, a 41-year-old man was grazed in the arm and a "
                "19-year-old man was shot in the hand.",
                1,
                2,
            ),
        ),
        *rule(
            "more dead told by age than the story counts are other shootings': no one is told apart",
            (
                "A 66-year-old man was wounded on Elm Street on Monday. On Sunday a 22-year-old man was also "
                "wounded on Cedar Street. Sam Cole, 35, was shot and killed on Friday on Oak Street. "
                "Tom Reed, 17, was shot and killed on Saturday on Pine Street.",
                1,
                1,
            ),
        ),
        *rule(
            "a death told of no one by age may be any of the aged",
            (
                "Police said a man died on Elm Street on Friday. "
                "Officers found a 48-year-old who had been shot in the arm.",
                1,
                None,
            ),
        ),
    ],
)
def test_aged_apart_from_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
