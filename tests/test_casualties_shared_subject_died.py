"""Who 'died' joined to another verb is the subject both share: 'a herder stepped on a mine and died'."""

from __future__ import annotations

import pytest
from builders import story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 6 April 2022, in Hpakant town (Kachin), a farmer stepped on a landmine and died.", 1),
        ("Around 3 May 2021, two boys stepped on a mine near Namhsan and died on the way to hospital.", 2),
        ("A youth took a bullet in the chest during the clash at Kaliganj and died.", 1),
    ],
)
def test_the_shared_subject_of_died_died(nlp: Language, text: str, fatalities: int) -> None:
    assert story_toll(nlp, text).fatalities == fatalities
