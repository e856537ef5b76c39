"""A death told of one of a group the story has counted ('one of them died', 'two of whom were killed',
'three people wounded, two of them dead') is one of those hit, not one more besides them."""

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
            "one of a group counted hurt in an earlier sentence died: the hurt counted him",
            ("Six people were hurt at a party on Elm Street. One of them died Sunday.", 1, 5),
            (
                "Two women and three men were hurt in the shooting outside a bar. "
                "One of the men who had been shot, a 40-year-old, died on Friday at a hospital.",
                1,
                4,
            ),
            ("Three people were injured in the shooting. One of the people who were hit died Tuesday.", 1, 2),
        ),
        *rule(
            "one of a group counted hurt in the same sentence died: the hurt counted him",
            ("The crash of gunfire on Birch Avenue left four people injured, one of whom died.", 1, 3),
        ),
        *rule(
            "dead told as a part of the group the sentence counts wounded are among the wounded",
            (
                "Deputies reached the trailer on Pine Road and saw that three people were wounded, "
                "two of them dead.",
                2,
                1,
            ),
            ("Police found four men shot, one of them dead, behind a garage on Linden Street.", 1, 3),
        ),
        *rule(
            "a count of people ('dozens of people') is no group told before: its dead are besides the hurt",
            ("Rioting swept the port on Monday. Dozens of people died and hundreds were injured.", 12, 100),
        ),
        *rule(
            "the dead told beside the hurt in the sentence that counts both stay besides them",
            (
                "Two men were killed and three people were hurt on Maple Court. "
                "One of them died at the scene.",
                2,
                3,
            ),
        ),
    ],
)
def test_a_death_of_one_of_the_counted_group_is_among_them(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
