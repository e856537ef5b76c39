"""A victim numbered by an ordinal who is told to have sustained or suffered injuries ('A second officer
sustained minor injuries') is one of that many hurt, as one told to have been injured is; so is an ordinal
with no noun ('three were killed and a fourth was wounded')."""

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
            "an ordinal victim who sustained or suffered injuries counts everyone hurt",
            (
                "An officer was shot in the arm during a gunfight on Friday. "
                "A second officer also sustained minor injuries.",
                None,
                2,
            ),
            (
                "A deputy was shot in the leg outside a bar on Tuesday. "
                "A third deputy suffered injuries in the struggle.",
                None,
                3,
            ),
        ),
        *rule(
            "an ordinal victim told as injured counts the same",
            (
                "An officer was shot in the arm during a gunfight on Friday. "
                "A second officer was also injured.",
                None,
                2,
            ),
        ),
        *rule(
            "an ordinal alone, with no noun, names one more person hit besides those counted",
            (
                "Two men were shot and killed on Oak Street on Friday and a third was wounded.",
                2,
                1,
            ),
            ("Four people are dead and a fifth is injured after a gunman opened fire at a diner.", 4, 1),
        ),
        *rule(
            "injuries with no ordinal stay one person's",
            ("A man was shot on Elm Street on Friday. The man sustained minor injuries.", None, 1),
        ),
    ],
)
def test_an_ordinal_victim_with_injuries_counts_everyone_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
