"""People told hit by nothing named, right after a sentence telling shots fired, were hit by those shots."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "people hit after shots are told are hurt",
            (
                "Witnesses said two men fired shots outside the rink. "
                "Five people, ranging in age from 15 to 30, were hit.",
                5,
            ),
            ("The deputy fired three shots at the car. Two suspects in the back seat were struck.", 2),
        ),
        *rule(
            "things hit, or people hit with no shots told, are no one hurt",
            ("Witnesses said two men fired shots outside the rink. The van was hit twice.", None),
            ("The truck skidded on the ice near the rink. Two people were hit.", None),
        ),
        *rule(
            "one person told hit so is most often a victim the story has named already",
            ("A girl was shot in the car, police said. A child in the car was hit.", 1),
        ),
    ],
)
def test_people_hit_after_shots_are_hurt(nlp: Language, text: str, injured: int | None) -> None:
    last = text[text.index(". ") + 2 :]
    toll = story_toll(nlp, text, last[:8])
    assert toll.injured == injured
