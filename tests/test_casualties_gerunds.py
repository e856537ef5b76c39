"""People told shot by a gerund ('accused of shooting five men') and wounded people named as others besides
the dead ('three others with gunshot wounds') count among the hit and the injured."""

from __future__ import annotations

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties
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
            "a gerund of shooting with a thing for its object tells no one hit",
            ("A man was arrested on Sunday for shooting a rifle into the air on Birch Road.", None, None),
        ),
        *rule(
            "a gerund under a denial tells no one hit",
            ("At the hearing on Monday the suspect denied shooting his brother on Birch Road.", None, None),
        ),
        *rule(
            "a victim named twice by one noun in a sentence is one person",
            (
                "The man accused of shooting a 6-year-old girl on Birch Road was charged with murder days "
                "after the girl's death.",
                1,
                None,
            ),
        ),
        *rule(
            "others found with gunshot wounds are hurt besides the dead",
            (
                "Officers found Ana Cruz, who was pronounced dead at the scene, and two others with gunshot "
                "wounds on Birch Road on Sunday.",
                1,
                2,
            ),
        ),
    ],
)
def test_gerunds_and_others_wounded(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(text), detection_on(text, text[:12])) == Casualties(fatalities, injured)
