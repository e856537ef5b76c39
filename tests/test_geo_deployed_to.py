"""Specs for the place forces are deployed to ('troops were deployed to Kenosha'): the scene of a
movement of forces, while a march or a trip 'to' a place still names no scene."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.mentions import sentence_mentions
from kronika.geo.text_place import MIN_SCORE


def _best(nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None) -> str | None:
    doc = nlp(text)
    mentions = sentence_mentions(doc, doc[:], gazetteer, focus, None)
    return mentions[0].entry.name if mentions and mentions[0].score >= MIN_SCORE else None


@pytest.mark.parametrize(
    ("text", "focus", "place"),
    [
        ("More National Guard troops were deployed to Spokane on Sunday.", "USA", "Spokane"),
        ("The governor deployed the state's guard units to Nebraska after the unrest.", "USA", "Nebraska"),
        ("Army units were redeployed to Kismayo ahead of the offensive.", "SOM", "Kismayo"),
        ("Police reinforcements were dispatched to Garissa overnight.", "KEN", "Garissa"),
    ],
)
def test_the_place_forces_are_deployed_to_is_the_scene(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, place: str
) -> None:
    assert _best(nlp, gazetteer, text, focus) == place


def test_a_march_to_a_town_still_places_the_event_where_it_began(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Protesters in Eugene marched to Springfield on Sunday."
    assert _best(nlp, gazetteer, text, "USA") == "Eugene"
