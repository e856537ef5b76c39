"""A death a story tells as its incident's occasion (the dead a vigil, memorial or funeral was for, whom the
crowd mourned, whom the attack avenged) is no toll of the attack."""

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
            "the dead a gathering was held for or mourned are not the attack's",
            (
                "A boy of 6 was shot in the knee late Sunday as neighbors gathered for a vigil "
                "for a 16-year-old girl fatally shot earlier in the day.",
                None,
                1,
            ),
            (
                "A 6-year-old boy was shot on Sunday night on Pine Street. "
                "Dozens had gathered to mourn the death of a man who was killed on the block last week.",
                None,
                1,
            ),
            (
                "Two men were wounded on Pine Street on Friday at a memorial for a teen "
                "who was slain on Elm Street.",
                None,
                2,
            ),
        ),
        *rule(
            "the death an attack avenged is not its toll",
            (
                "Two men were shot on Pine Street on Friday in retaliation for the killing of a cousin.",
                None,
                2,
            ),
        ),
        *rule(
            "the attack's own dead still count, at a funeral or a hospital named a memorial",
            ("A man was shot dead at a funeral on Friday.", 1, None),
            (
                "Two men were shot and killed on Pine Street on Friday. "
                "Friends held a vigil on Saturday for the two men killed.",
                2,
                None,
            ),
            ("A man was shot on Friday and taken to Lee Memorial, where he died.", 1, None),
        ),
    ],
)
def test_a_death_told_as_the_occasion_is_no_toll(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
