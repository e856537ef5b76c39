"""A part told of a counted group in one sentence is among the group, not besides it: 'two of the four people
shot were in critical condition' counts four people hit."""

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
            "a part of the people shot is among them",
            (
                "Police were called to Elm Street. Two of the five people who were shot were taken to "
                "hospital in critical condition.",
                None,
                5,
            ),
            (
                "Police were called to Elm Street. Two of the four people shot were in critical condition.",
                None,
                4,
            ),
        ),
        *rule(
            "a clause of shooting on a group the parse counts as 'two of five' tells of all five",
            (
                "Police were called to Elm Street. Two of five victims who were shot remain in hospital.",
                None,
                5,
            ),
            ("Police were called to Elm Street. Two of five victims died.", 2, None),
        ),
        *rule(
            "a part told how badly hurt is among the group too",
            ("Police were called to Elm Street. Four men were wounded, two of them critically.", None, 4),
        ),
        *rule(
            "a part named by its number alone, told in some condition, is among the group",
            ("Two men were shot on Birch Lane on Friday; one is in critical condition.", None, 2),
            ("Three people were shot on Birch Lane on Friday, and two are in serious condition.", None, 3),
            ("Two men were shot on Birch Lane on Friday, one of whom is in critical condition.", None, 2),
        ),
        *rule(
            "a part of the dead told shot is dead: the shot tells how they died",
            ("Riots broke out in Tarn on Friday. Two of the dead were shot by police.", 2, None),
            ("Riots broke out in Tarn on Friday. One of those killed was shot in the back.", 1, None),
        ),
        *rule(
            "another told in some condition beside the dead is one more",
            ("A man was killed and another is in critical condition after a shooting on Birch Lane.", 1, 1),
        ),
    ],
)
def test_parts_of_a_counted_group(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
