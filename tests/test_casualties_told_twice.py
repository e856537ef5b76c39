"""One victim told twice in one sentence by the same words (a headline run into the lead, a caption
repeated) is one person hit, not two."""

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
            "a headline run into the lead names the victim again: one person",
            (
                "Charges in accidental shooting of 11-year-old girl A neighbor was charged after an "
                "11-year-old girl was accidentally shot with his rifle. The girl died at the hospital.",
                1,
                None,
            ),
            (
                "Arrest made in shooting of 15-year-old boy A man was arrested after a 15-year-old boy was "
                "shot outside a gas station in Millbrook.",
                None,
                1,
            ),
        ),
        *rule(
            "a caption repeated after a photo credit names the same man",
            (
                "Staff Photo A man died Monday night after being shot behind a bakery on the... "
                "Image 2 of 7 A man died Monday night after being shot behind a bakery on Elm Street.",
                1,
                None,
            ),
        ),
        *rule(
            "a doer told twice to have shot himself is one person",
            (
                "A man accidentally shot himself in the leg at a range in Elmwood and then shot himself in "
                "the hand while trying to unload the gun.",
                None,
                1,
            ),
            ("She shot herself in the knee and shot herself in the foot while cleaning a rifle.", None, 1),
        ),
        *rule(
            "a victim told besides, or by other words, is someone else",
            (
                "A 15-year-old boy was shot in the arm and another 15-year-old boy was hit in the leg.",
                None,
                2,
            ),
            ("A 30-year-old man was shot in the leg and a 19-year-old man was grazed in the arm.", None, 2),
            ("One man was shot in the leg and one man was shot in the arm.", None, 2),
        ),
    ],
)
def test_a_victim_told_twice_by_the_same_words_is_one(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
