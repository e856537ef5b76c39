"""Specs for a country named across a border from the scene, which casts no vote for the focus country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenyan security forces opened fire on a truck near the border with Somalia.", "KEN"),
        ("Burkinabe soldiers repelled an attack along the borders with Mali and Niger.", "BFA"),
        ("A Sudanese patrol was ambushed on Monday near the border with Chad.", "SDN"),
        ("South Sudanese troops deployed along its border with the Democratic Republic of Congo.", "SSD"),
    ],
)
def test_the_land_across_the_border_is_not_the_scene(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Raiders attacked a market in Somalia, near the Kenyan border.", "SOM"),  # the scene's own country
        ("Kenyan troops crossed the border into Somalia.", "SOM"),  # not across a border from the scene
    ],
)
def test_a_country_named_otherwise_still_votes(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == country
