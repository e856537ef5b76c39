"""'Two men were each shot in the leg': the parse reads 'each shot' as a noun phrase, yet with a passive
subject and auxiliary of its own the word is the verb, and its subjects are the people hit."""

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
            "people each shot are counted, as people both shot are",
            ("Two men were each shot in the leg outside a store in Elmwood.", None, 2),
            ("Mark Dunn and a woman were each shot in the arm on Tuesday in Tulsa.", None, 2),
            ("Three teenagers were each shot once near a park on Ridge Road.", None, 3),
        ),
        *rule(
            "those each shot besides the dead lived",
            (
                "A man was killed outside a bar on Cedar Street. Two other men were each shot in the foot.",
                1,
                2,
            ),
        ),
        *rule(
            "a shot fired is still no casualty",
            ("Each shot fired by the gunman missed the crowd on Maple Avenue.", None, None),
        ),
    ],
)
def test_each_shot(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
