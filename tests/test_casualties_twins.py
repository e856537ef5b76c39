"""'Twin daughters', like 'twins' and 'parents', is a plural that states its number: two people."""

from __future__ import annotations

import pytest
from builders import story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Deputies said the father fatally shot his twin sons and then himself.", 3, None),
        ("A man shot his twin brothers during an argument on Elm Street.", None, 2),
        ("A man shot his twin brother during an argument on Elm Street.", None, 1),
    ],
)
def test_twins_are_two(nlp: Language, text: str, killed: int | None, injured: int | None) -> None:
    toll = story_toll(nlp, text, text[:8])
    assert (toll.fatalities, toll.injured) == (killed, injured)
