"""Specs for a town written before a city that is a region of its own, beside it in another region."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.city_region_towns import town_before_city_region
from kronika.model import Place


def _caracas(gazetteer: Gazetteer) -> Place:
    """Caracas as the places stage gives it: the city, in the Capital District."""
    return gazetteer.lookup("Caracas", kind="city", country="VEN")[0].to_place()


@pytest.mark.parametrize(
    ("sentence", "town", "region"),
    [
        pytest.param("Gunmen shot a trader in Petare, Caracas.", "Petare", "Miranda", id="town-then-city"),
        pytest.param(
            "Neighbours protested in the La Dolorita zone, Petare, Sucre municipality in Caracas.",
            "La Dolorita",  # the first town so named: a quarter of Petare, listed in Miranda too
            "Miranda",
            id="municipality-between",
        ),
        pytest.param(
            "Nurses marched in front of a clinic in Baruta, Caracas.", "Baruta", "Miranda", id="baruta"
        ),
    ],
)
def test_a_town_beside_the_capital_district_is_placed_in_its_own_region(
    gazetteer: Gazetteer, sentence: str, town: str, region: str
) -> None:
    place = town_before_city_region(_caracas(gazetteer), sentence, gazetteer)
    assert (place.name, place.admin1, place.precision) == (town, region, "city")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Teachers marched in Caracas.", id="city-alone"),
        pytest.param("Drivers from Maracay protested in Caracas, Venezuela.", id="far-town-not-in-the-chain"),
        pytest.param("Workers protested in Maracay, Caracas.", id="far-town-in-the-chain"),
    ],
)
def test_the_city_stays_without_a_town_beside_it(gazetteer: Gazetteer, sentence: str) -> None:
    caracas = _caracas(gazetteer)
    assert town_before_city_region(caracas, sentence, gazetteer) == caracas


def test_a_town_of_a_city_that_is_no_region_of_its_own_is_left_to_the_chain(gazetteer: Gazetteer) -> None:
    valencia = next(e for e in gazetteer.lookup("Valencia", kind="city", country="VEN")).to_place()
    assert (
        town_before_city_region(valencia, "Workers protested in Naguanagua, Valencia.", gazetteer) == valencia
    )


def test_a_state_named_after_its_city_is_no_city_region(gazetteer: Gazetteer) -> None:
    new_york = gazetteer.lookup("New York City", kind="city", country="USA")[0].to_place()
    assert (
        town_before_city_region(new_york, "A man was shot in Newark, New York City.", gazetteer) == new_york
    )
