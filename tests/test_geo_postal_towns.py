"""Specs for the city an American town with no post office of its own is filed under: the city its
nearest delivery ZIP code is named after, as records kept by address file it."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.postal_towns import post_offices, postal_city
from kronika.model import Article, Place
from kronika.pipeline import Pipeline


def record(
    zip_code: str, kind: str, city: str, state: str, lat: str, lon: str, *also: str
) -> dict[str, object]:
    """A made-up ZIP code record in the shape the zipcodes package gives one."""
    return {
        "zip_code": zip_code,
        "zip_code_type": kind,
        "city": city,
        "acceptable_cities": list(also),
        "state": state,
        "lat": lat,
        "long": lon,
    }


RECORDS = [
    record("1", "STANDARD", "Perris", "CA", "33.78", "-117.23"),
    record("2", "STANDARD", "Riverside", "CA", "33.95", "-117.40"),
    record("3", "STANDARD", "Orlando", "FL", "28.55", "-81.45", "Pine Hills"),
    record("4", "PO BOX", "Laveen", "AZ", "33.36", "-112.17"),
    record("5", "STANDARD", "Phoenix", "AZ", "33.40", "-112.10"),
]
OFFICES = post_offices(RECORDS)


def town(name: str, admin1: str, lat: float, lon: float) -> Place:
    """A made-up town read from a story."""
    return Place(name, "USA", admin1, lat, lon, "city")


def test_a_town_no_post_office_is_named_after_is_filed_under_the_nearest_ones_city(
    gazetteer: Gazetteer,
) -> None:
    found = postal_city(town("Mead Valley", "California", 33.83, -117.29), gazetteer, OFFICES)
    assert (found.name, found.admin1, found.precision) == ("Perris", "California", "city")


@pytest.mark.parametrize(
    "place",
    [
        pytest.param(town("Pine Hills", "Florida", 28.56, -81.45), id="a name ZIP codes accept for theirs"),
        pytest.param(town("Laveen", "Arizona", 33.36, -112.17), id="a post office box's town"),
        pytest.param(town("Perris", "California", 33.78, -117.23), id="a post office's own town"),
        pytest.param(town("Mead Valley", "California", 35.0, -119.0), id="no ZIP code near it"),
        pytest.param(Place("Riverside County", "USA", "California", 33.7, -116.0, "admin1"), id="a county"),
        pytest.param(Place("Mead Valley", "KEN", "Nairobi", -1.3, 36.8, "city"), id="a town abroad"),
    ],
)
def test_a_place_stays_as_read(gazetteer: Gazetteer, place: Place) -> None:
    assert postal_city(place, gazetteer, OFFICES) == place


def test_a_borough_is_filed_under_its_own_name(gazetteer: Gazetteer) -> None:
    queens = town("Queens", "New York", 40.68, -73.84)  # its ZIP codes are named after its quarters
    assert postal_city(queens, gazetteer) == queens


def test_the_shipped_records_file_a_city_quarter_under_its_borough(gazetteer: Gazetteer) -> None:
    found = postal_city(town("East New York", "New York", 40.67, -73.88), gazetteer)
    assert found.name == "Brooklyn"


def test_a_shooting_in_a_community_with_no_post_office_is_placed_at_its_post_offices_city(
    pipeline: Pipeline,
) -> None:
    text = "A man was wounded by gunfire outside a home in Mead Valley, California, on Sunday night."
    article = Article(id="mv", text=text, title="Man wounded in Mead Valley", published=date(2016, 5, 2))
    places = {m.location.name for m in pipeline.mentions(article) if m.location is not None}
    assert places == {"Perris"}
