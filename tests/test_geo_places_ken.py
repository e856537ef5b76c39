"""Specs for the places_ken block of data/listed_towns.tsv: Kenyan and Ethiopian villages and quarters the
lists lack or hold only abroad, read at home in a note about their country and left abroad elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str | None]:
    """The first mention's place name, country and admin1."""
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 3, 2)))
    assert mentions
    location = mentions[0].location
    return (location.name, location.country, location.admin1) if location is not None else (None, None, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kenyan soldiers repelled militants who raided Fino on Monday.", ("Fino", "KEN", "Mandera")),
        ("Kenyan police fought off gunmen who attacked Gamba overnight.", ("Gamba", "KEN", "Lamu")),
        # Addis Ababa's quarter, not the Xinjiang town
        ("Ethiopian police detained six journalists in Bole.", ("Bole", "ETH", "Addis Ababa")),
        # Tigray's Gera, not Thuringia's, where the note is Ethiopian
        ("Ethiopian troops shelled Gera during the offensive.", ("Gera", "ETH", "Tigray")),
        ("Tigrayan fighters clashed with federal soldiers around Korar.", ("Korar", "ETH", "Tigray")),
        ("Unidentified gunmen killed a farmer in Mugi, Ethiopia.", ("Mugi", "ETH", "Oromia")),
    ],
)
def test_a_village_the_lists_lack_is_read_in_its_region(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert _place(pipeline, text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("German police dispersed a rally in Gera, Thuringia.", ("Gera", "DEU", "Thuringia")),
    ],
)
def test_a_namesake_abroad_keeps_its_own_country(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert _place(pipeline, text) == place
