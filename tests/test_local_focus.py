"""Specs for the country an American local story is about: its dateline counts, and a bare compass word
('Las Vegas Blvd. South', 'North County') names no region abroad."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.places import focus_country


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "CAMERON, W.Va. (AP) - Cameron police say the shooting of a man by a boy appears accidental.",
            id="dateline-outweighs-an-agency-credit",
        ),
        pytest.param(
            "Traffic on Las Vegas Blvd. South was stopped after the shooting. The South has seen worse.",
            id="compass-word-is-no-region",
        ),
    ],
)
def test_a_local_story_is_american(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert focus_country(nlp(text), gazetteer) in ("USA", None)


@pytest.mark.parametrize("name", ["South", "North", "West", "Southeast"])
def test_a_bare_compass_word_is_no_place(gazetteer: Gazetteer, name: str) -> None:
    assert resolve_name(gazetteer, name, None) is None
