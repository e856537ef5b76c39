"""'all', 'both' or 'each' set after a list of victims ('Sam Reed, Tom Cole and Ann Lee all died') restates
everyone the list names: the list counts them, the word adds no count of its own."""

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
            "a list of names, then 'all'",
            ("Sam Reed, Tom Cole and Ann Lee all died before help arrived.", 3, None),
            ("Sam Reed, Tom Cole and Ann Lee all were killed in the attack.", 3, None),
        ),
        *rule(
            "a counted group, then 'all'",
            ("The three men all died at the scene.", 3, None),
            ("Two men, all from Elmwood, were shot outside a bar.", None, 2),
        ),
        *rule(
            "'both' with an age stays the age of the two",
            ("Sam Reed and Ann Lee, both 19, were shot.", None, 2),
        ),
    ],
)
def test_everyone_restated_is_counted_by_the_list(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
