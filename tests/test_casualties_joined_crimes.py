"""A crime the parse joins to a victim as if one more person ('murdering a woman and kidnapping with intent
to abuse another') names a charge, not a victim: only the people joined count."""

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
            "a bare crime joined to the victim is no one",
            (
                "Two men were charged this week with murdering a woman and kidnapping with the intent to "
                "harm another victim.",
                1,
                None,
            ),
        ),
        *rule(
            "people joined to the victim still count",
            ("Police said the gunman killed a woman and her son on Birch Lane on Friday.", 2, None),
        ),
    ],
)
def test_crimes_joined_to_victims(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
