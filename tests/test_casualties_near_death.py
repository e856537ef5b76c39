"""A death told as only near ('nearly killed', 'almost died', 'the nearly lifeless body of a boy') is no
death: whoever came so close was hurt and lived; a count that is 'nearly' fifty is still of the dead."""

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
            "a death that was near is an injury",
            ("A boy was shot on Elm Street on Monday. He nearly died before the ambulance came.", None, 1),
            ("A deputy carried the nearly lifeless body of a boy who was shot in Delmar on Monday.", None, 1),
            ("A woman was almost killed when a stray bullet hit her in Elmwood on Friday.", None, 1),
        ),
        *rule(
            "a death that happened stays a death",
            ("A boy was shot on Elm Street on Monday. He died before the ambulance came.", 1, None),
            ("Nearly 50 people were killed in the attack on the market in Tolga.", 50, None),
        ),
    ],
)
def test_near_death_is_no_death(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
