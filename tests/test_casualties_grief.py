"""'Hurt' said of grief ('it hurts my heart', 'everybody is hurt') tells no one wounded."""

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
            "a mourner's grief beside the dead is no one hurt",
            ("A teen was shot dead on Oak Street on Sunday. “Everybody is hurt,” his uncle said.", 1, None),
            ("A man was shot and killed in Delmar. “It hurts my heart,” his sister said.", 1, None),
        ),
        *rule(
            "a typographic apostrophe reads as a straight one",
            ("A boy was shot dead on Elm Street on Friday. “Everybody’s hurt,” his aunt said.", 1, None),
        ),
    ],
)
def test_grief_is_no_wound(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
