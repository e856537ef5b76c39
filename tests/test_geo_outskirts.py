"""Specs for placing an event just outside a city that is a region of its own in the region around it."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.geo.outskirts import outside_city, surrounding_region
from kronika.model import Place

NEAR_KM = 1.0


def _city(gazetteer: Gazetteer, name: str, country: str) -> Place:
    """A city as the places stage gives it."""
    return gazetteer.lookup(name, kind="city", country=country)[0].to_place()


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards were doubled at the air base outside the capital.",
        "Farmers blocked a road on the outskirts of Bishkek on Friday.",
        "Two markets burned in the capital's suburbs overnight.",
    ],
)
def test_just_outside_a_city_region_is_the_region_around_it(gazetteer: Gazetteer, sentence: str) -> None:
    city = _city(gazetteer, "Bishkek", "KGZ")
    place = outside_city(city, sentence, gazetteer)
    assert (place.name, place.admin1, place.precision) == ("Chuy", "Chuy", "admin1")
    assert place.lat is not None and place.lon is not None and city.lat is not None and city.lon is not None
    assert distance_km(place.lat, place.lon, city.lat, city.lon) <= NEAR_KM  # still at the city's edge


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds rallied in the capital on Monday.",  # inside the city
        "Police stood outside the parliament in Bishkek.",  # outside a building, not the city
        "Traders from outside Osh sold fruit in the capital.",  # outside another town
    ],
)
def test_in_the_city_or_outside_something_else_stays_in_the_city(gazetteer: Gazetteer, sentence: str) -> None:
    city = _city(gazetteer, "Bishkek", "KGZ")
    assert outside_city(city, sentence, gazetteer) == city


@pytest.mark.parametrize(("name", "country"), [("Kabul", "AFG"), ("Aleppo", "SYR")])
def test_a_city_inside_a_larger_province_of_its_name_keeps_its_region(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    city = _city(gazetteer, name, country)
    assert surrounding_region(city, gazetteer) is None
    assert outside_city(city, f"Gunmen attacked a checkpoint on the outskirts of {name}.", gazetteer) == city
