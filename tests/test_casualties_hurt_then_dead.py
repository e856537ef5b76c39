"""A victim first told hurt and then told dead is one of the dead only, not one of the injured besides."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "fatalities", "injured"),
    [
        *rule(
            "a 'has died' the parse left without a subject is the death of the hurt person told before it",
            (
                "Elmwood shooting",
                "The sheriff released a statement saying the two year old who was injured in an accidental "
                "shooting in Elmwood on Sunday night has died. The toddler was pronounced dead at a medical "
                "center on Tuesday.",
                1,
                None,
            ),
        ),
    ],
)
def test_a_victim_told_hurt_then_dead_counts_once(
    nlp: Language, title: str, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text, title=title) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a victim counted by an ordinal and confirmed dead is news of that many dead",
            (
                "A fifth victim of the shooting spree in Elmwood was confirmed dead Sunday as officials "
                "named the gunman.",
                5,
                None,
            ),
            (
                "Three men were shot on Oak Street on Sunday. A second man was confirmed dead at a hospital.",
                2,
                1,
            ),
        ),
        *rule(
            "one confirmed dead with no ordinal is one of the dead",
            ("Three men were shot on Oak Street on Sunday. One man was confirmed dead at the scene.", 1, 2),
        ),
    ],
)
def test_a_victim_confirmed_dead_by_ordinal_counts_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
