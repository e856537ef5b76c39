"""People told shot by a gerund with them for its object ('accused of shooting four neighbors') count among
the hit, unless the gerund is denied ('denied shooting his brother') or its object is a thing."""

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
            "a gerund of shooting with people for its object tells them hit",
            (
                "A man was charged Monday. He is accused of shooting four neighbors on Birch Road in May. "
                "Two of the shooting victims died.",
                2,
                2,
            ),
            ("Police arrested a man after shooting his brother on Birch Road on Sunday.", None, 1),
        ),
        *rule(
            "parents and siblings shot by the gerund are people hit",
            ("A woman was charged with shooting her parents at their farm on Sunday.", None, 2),
            (
                "The Ohio teen accused of fatally shooting his parents and two younger siblings told "
                "detectives he was angry.",
                4,
                None,
            ),
            ("A man faces charges for killing a boy and shooting his parents on Monday.", 1, 2),
        ),
        *rule(
            "a gerund of shooting with a thing for its object tells no one hit",
            ("A man was arrested on Sunday for shooting a rifle into the air on Birch Road.", None, None),
        ),
        *rule(
            "a gerund under a denial tells no one hit",
            ("At the hearing on Monday the suspect denied shooting his brother on Birch Road.", None, None),
        ),
    ],
)
def test_gerunds_of_shooting_people(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
