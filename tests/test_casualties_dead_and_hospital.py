"""One person told hospitalized in a clause joined to the dead's ('left two men dead and sent a boy to the
hospital') lived through the attack: one hurt besides the dead."""

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
            "sent to the hospital beside the dead",
            (
                "A shooting on Elm Street left two men dead and sent a young woman to the hospital.",
                2,
                1,
            ),
            (
                "Gunfire outside a bar left a bouncer dead and sent his cousin to a local hospital.",
                1,
                1,
            ),
        ),
        *rule(
            "in the hospital beside the dead, the verb left out",
            (
                "A 9-year-old girl is dead and her 14-year-old sister in a hospital after shots hit.",
                1,
                1,
            ),
        ),
    ],
)
def test_one_hospitalized_beside_the_dead_is_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "one taken along in distress is no one hit",
            (
                "A 6-year-old girl was critically wounded when gunfire erupted on Oak Street on Tuesday "
                "night. Police took the girl and a distraught woman to the hospital, a neighbor said.",
                1,
            ),
            (
                "A boy was shot in the leg on Oak Street on Tuesday night. "
                "Medics rushed the boy and his hysterical mother to a hospital.",
                1,
            ),
        ),
        *rule(
            "everyone else taken to the hospital was hit",
            (
                "A gunman opened fire on Oak Street on Tuesday night. "
                "Police took the girl and a woman to the hospital.",
                2,
            ),
        ),
    ],
)
def test_one_taken_along_in_distress_is_not_hurt(nlp: Language, text: str, injured: int) -> None:
    assert story_toll(nlp, text).injured == injured
