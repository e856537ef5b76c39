"""Specs for placing an event just outside a city that is a region of its own in the region around it,
and one in a capital the region list folds into the region around it in the capital's own unit."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.geo.outskirts import capital_province, outside_city, surrounding_region
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


@pytest.mark.parametrize(
    ("town", "admin1"),
    [
        pytest.param("Miraflores", "Lima Province", id="capital-district"),
        pytest.param("Chosica", "Lima Province", id="capital-province-east-edge"),
        pytest.param("Huaral", "Lima", id="town-of-the-region-around"),
        pytest.param("Huacho", "Lima", id="far-town-of-the-region-around"),
    ],
)
def test_a_capital_the_region_list_folds_in_is_a_region_of_its_own(
    gazetteer: Gazetteer, town: str, admin1: str
) -> None:
    place = capital_province(_city(gazetteer, town, "PER"), gazetteer)
    assert (place.name, place.admin1) == (gazetteer.lookup(town, kind="city", country="PER")[0].name, admin1)


def test_a_region_list_that_keeps_its_capital_apart_is_left_alone(gazetteer: Gazetteer) -> None:
    city = _city(gazetteer, "Bishkek", "KGZ")
    assert capital_province(city, gazetteer) == city
