"""Someone told hit on a part of the body is one person wounded by the shots, whichever part it is."""

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
            "a hit on the side, an ear or a finger is a wound",
            ("Officers said a 19-year-old man was hit in his side and a nurse was hit in the ear.", None, 2),
            ("Gunmen fired at a porch on Pine Road. A girl was hit in the finger.", None, 1),
        ),
        *rule(
            "a thing hit on its side is no one hurt",
            ("The car was hit on the side by gunfire.", None, None),
        ),
    ],
)
def test_a_hit_on_the_body_is_a_wound(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
