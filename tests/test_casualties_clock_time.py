"""The hour of a clock time ('About 2 a.m., a man was found dead') is no count of victims, though the parse
may take its number for the sentence's subject."""

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
            "a clock time before the victim counts no one",
            (
                "About 2 a.m., 20-year-old Sam Lee was found dead with a bullet wound to his neck near the "
                "5000 block of Elm Street, officers said.",
                1,
                None,
            ),
            ("At 11 p.m. Friday, a woman was found shot dead in her car in Delmar.", 1, None),
        ),
        *rule(
            "the victims' own count still counts",
            ("Around 2 a.m., two men were found dead on Elm Street.", 2, None),
            ("Three men were found dead in a house in Delmar on Monday.", 3, None),
        ),
    ],
)
def test_clock_time_is_no_count(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
