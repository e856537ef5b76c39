"""A victim told by age alone before a casualty word the parser reads as a noun is one person hurt; an age
standing alone names one person apart from the dead, hyphened or not."""

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
            "an age before 'hurt' or 'shot' is one victim",
            ("A shooting on Saturday left a man dead and a 3-year-old hurt.", 1, 1),
            ("A shooting on Elm Street left two men dead and a 4-year-old wounded.", 2, 1),
            ("Deputies said a 3-year-old shot was driven to a clinic with a wound to one hand.", None, 1),
        ),
        *rule(
            "ages joined by 'and' are as many victims",
            ("Deputies said a 12-year-old and a 71-year-old were shot near Oak Street late Sunday.", None, 2),
            ("A 7-year-old, a 9-year-old and a 68-year-old were wounded by a pond in Elmwood.", None, 3),
            ("An 18-year-old and a 20-year-old were killed outside a bar in Hollis on Friday.", 2, None),
        ),
        *rule(
            "an age before 'shot and killed' is who fired, not one more victim",
            ("Police said a 14-year-old shot and killed a 12-year-old in a home on Pine Road.", 1, None),
            ("Police said a 16-year-old shot and wounded a 15-year-old on Pine Road.", None, 1),
        ),
        *rule(
            "one age is one victim",
            ("Police said a 15-year-old was shot on Oak Street on Sunday.", None, 1),
        ),
        *rule(
            "an age with no casualty word tells no one hurt",
            ("A shooting on Saturday left a man dead and a 3-year-old crying.", 1, None),
        ),
        *rule(
            "victims listed after a count they restate are not counted again",
            (
                "Two men were taken to a clinic: a 19-year-old shot in the hip and a 24-year-old shot in "
                "the jaw.",
                None,
                2,
            ),
        ),
    ],
)
def test_an_age_before_a_casualty_word_is_one_victim(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "an age standing alone is one person named apart from the dead, hyphened or not",
            ("A man was killed and a 43-year-old was shot on Elm Street.", 1, 1),
            ("A man was killed and a 43 year old was shot on Elm Street.", 1, 1),
            ("A 19 year old was killed and a man was shot on Elm Street.", 1, 1),
        ),
    ],
)
def test_an_age_standing_alone_is_one_person(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
