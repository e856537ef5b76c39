"""Specs for an event placed only in its country whose note names one region of that country: that region,
at its seat; and for a one-word town the tagger reads as a body or a person, under a preposition of place."""

from __future__ import annotations

from datetime import date

import pytest
from builders import country_place

from kronika.gazetteer import Gazetteer
from kronika.geo.named_region import named_region
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "iso3", "region"),
    [
        pytest.param(
            "Kisumu traders marched against new market fees in Kenya.", "KEN", "Kisumu", id="body-of-a-town"
        ),
        pytest.param(
            "Herders of the Marsabit plains fought over water; two men died.",
            "KEN",
            "Marsabit",
            id="people-land",
        ),
        pytest.param(
            "Reporters of the Sylhet Press Union were beaten at a rally.",
            "BGD",
            "Sylhet",
            id="opening-a-bodys-name",
        ),
    ],
)
def test_the_one_region_a_country_note_names_places_it_at_its_seat(
    gazetteer: Gazetteer, text: str, iso3: str, region: str
) -> None:
    place = named_region(text, country_place(gazetteer, iso3), gazetteer)
    assert place is not None and (place.country, place.admin1) == (iso3, region)
    seat = gazetteer.seat(place)
    assert seat is not None and (place.lat, place.lon) == (seat.lat, seat.lon)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        pytest.param("Teachers went on strike over unpaid wages.", "KEN", id="no-region-named"),
        pytest.param("Fighters from Kisumu and Kericho clashed over land.", "KEN", id="two-regions"),
        pytest.param("Nairobi traders protested against a new levy.", "KEN", id="the-capitals-own-region"),
        pytest.param("Western envoys condemned the arrests.", "LKA", id="a-compass-word-alone"),
    ],
)
def test_no_region_where_the_note_names_none_or_several(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    assert named_region(text, country_place(gazetteer, iso3), gazetteer) is None


def test_a_finer_place_is_left_alone(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup("Kisumu", kind="city", country="KEN")[0].to_place()
    assert named_region("Kericho farmers rioted in Kisumu.", town, gazetteer) is None


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    """The most confident mention's country and admin1."""
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 4, 2)))
    assert mentions
    location = max(mentions, key=lambda m: m.confidence).location
    return (location.country, location.admin1) if location is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Mombasa hawkers rioted over the loss of their stalls in Kenya.", ("KEN", "Mombasa"), id="region"
        ),
        pytest.param(
            "Unknown gunmen fired mortar rounds on Malakal.", ("SSD", "Upper Nile"), id="on-a-body-tag"
        ),
    ],
)
def test_a_note_with_no_tagged_place_is_placed_by_the_name_it_writes(
    pipeline: Pipeline, text: str, place: tuple[str, str]
) -> None:
    assert _place(pipeline, text) == place
