"""'Lost his life', 'lost their lives': the owner of the life died, as with 'died' (and no one did where the
life lost is a mourner's own 'part of my life', or one that could have been lost)."""

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
            "someone who lost his life died",
            ("Gunmen fired at a van near Tolga. A driver lost his life in the attack.", 1, None),
            ("A woman lost her life on Monday after she was shot outside a store in Elmwood.", 1, None),
        ),
        *rule(
            "a life lost told again of the story's dead counts no one more",
            (
                "A man was shot and killed in Delmar on Friday. The victim, Joe Park, lost his life a day "
                "before his wedding.",
                1,
                None,
            ),
        ),
        *rule(
            "a life that could be lost, or a mourner's own, is no death",
            (
                "A man was shot in Delmar on Friday. “No kid should lose his life this way,” a pastor said.",
                None,
                1,
            ),
            ("A man was shot and killed in Delmar. “I lost a part of my life,” his mother said.", 1, None),
        ),
    ],
)
def test_lost_life_is_a_death(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
