"""A number the parser hangs on a plural's singular possessor counts the plural: "two sheriff's deputies"."""

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
            "the number before a possessor counts the people it owns",
            ("Two sheriff's deputies were wounded in a gunfight on Sunday.", None, 2),
            ("Officials said two Pine County sheriff's deputies were critically wounded.", None, 2),
            ("A gunman killed three state agency's inspectors at the depot.", 3, None),
        ),
        *rule(
            "a number naming no one counts no one",
            ("The 911 caller's brothers were shot on Elm Street.", None, None),
        ),
    ],
)
def test_a_number_on_the_possessor_counts_the_plural(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
