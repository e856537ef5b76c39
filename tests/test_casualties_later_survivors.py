"""A death after the attack takes one out of the story's hurt, not every dead: the hurt who lived are the
count of injured less those who died later, however many others died at the scene."""

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
            "one dead at the scene, two hurt, one of whom died later: one hurt lived",
            (
                "A shooting on Quarry Lane on March 3 has now claimed two lives. "
                "A 6-year-old boy was pronounced dead at the scene. His sister and his father were both "
                "wounded. The father has died in hospital, the coroner said on Friday.",
                2,
                1,
            ),
        ),
        *rule(
            "a death told in a clause naming someone by her state is no later death",
            (
                "A 43-year-old who had been grazed in the arm sat beside a woman who had died, police said.",
                1,
                1,
            ),
        ),
        *rule(
            "a death reported as learned of since is a later death of the one first told shot",
            (
                "A robbery suspect was shot by an officer on Thursday. "
                "His lawyer said he was sad to learn the suspect had died.",
                1,
                None,
            ),
        ),
    ],
)
def test_a_later_death_takes_only_itself_out_of_the_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
