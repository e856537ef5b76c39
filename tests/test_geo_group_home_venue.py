"""Specs for a note that names no country, only an armed group whose home is abroad, and a body of a town
its event is held at: the body's town places it, not the group's home country."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # al Shabaab is Somali; the hospital is Garissa's, in Kenya
        (
            "A trader was shot dead outside the Garissa Hospital by suspected al Shabaab gunmen.",
            "KEN",
            "Garissa",
        ),
        ("Suspected al Shabaab militants threw a grenade at the Lamu Hospital gate.", "KEN", "Lamu"),
    ],
)
def test_a_towns_body_places_the_event_over_the_groups_home(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 6, 1)))
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.slow
def test_the_groups_home_still_places_a_note_naming_no_town(pipeline: Pipeline) -> None:
    text = "Suspected al Shabaab gunmen killed two soldiers in an ambush."
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 6, 1)))
    location = mentions[0].location
    assert location is not None and location.country == "SOM"
