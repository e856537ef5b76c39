"""A list of personal names joined by commas and closed by 'and' counts each name: the parse hangs the later
names on the first as appositions, which would read the first name as restated by the second."""

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
            "each name of a list closed by 'and' is one person",
            ("Police were called to Elm Street. Ann Bell, Tom Ross, Joe Kay and Sam Lee were shot.", None, 4),
            (
                "When deputies arrived, nurses told them that Ann Bell, Tom Ross, Joe Kay, and Sam Lee all "
                "suffered injuries from being shot.",
                None,
                4,
            ),
            ("Police were called to Elm Street. Ann Bell, Tom Ross and Sam Lee were shot.", None, 3),
        ),
        *rule(
            "a name restated by a noun, or two names, are no longer list",
            ("Police were called to Elm Street. Ann Bell, a nurse, was shot.", None, 1),
            ("Police were called to Elm Street. Ann Bell and Sam Lee were shot.", None, 2),
        ),
    ],
)
def test_named_lists(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
