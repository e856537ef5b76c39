"""Specs for a big city's zone on one side ('in the West Zone of Rio de Janeiro'), placed out on that side."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.city_zones import ZONE_KM, in_city_zone
from kronika.geo.nearby import distance_km
from kronika.model import Place


def _city(gazetteer: Gazetteer, name: str) -> Place:
    """A Brazilian city as the places stage gives it."""
    return gazetteer.lookup(name, kind="city", country="BRA")[0].to_place()


@pytest.mark.parametrize(
    ("sentence", "city", "west", "north"),
    [
        pytest.param(
            "Across the West Zone of Rio de Janeiro, shots rang out.",
            "Rio de Janeiro",
            True,
            False,
            id="west",
        ),
        pytest.param(
            "In the North Zone of Sao Paulo, police clashed with a gang.",
            "São Paulo",
            False,
            True,
            id="north",
        ),
    ],
)
def test_a_zone_of_a_city_lies_out_on_its_side(
    gazetteer: Gazetteer, sentence: str, city: str, west: bool, north: bool
) -> None:
    centre = _city(gazetteer, city)
    place = in_city_zone(centre, sentence, gazetteer)
    assert place.name == centre.name and place.lat is not None and place.lon is not None
    assert centre.lat is not None and centre.lon is not None
    assert distance_km(place.lat, place.lon, centre.lat, centre.lon) == pytest.approx(ZONE_KM, abs=0.5)
    assert (place.lon < centre.lon) is west and (place.lat > centre.lat) is north


def test_a_namesake_of_a_neighbourhood_far_off_gives_way_to_the_zone(gazetteer: Gazetteer) -> None:
    far = Place(
        name="Inhaúma", country="BRA", admin1="Minas Gerais", lat=-19.49, lon=-44.39, precision="city"
    )
    text = "Across the North Zone of Rio de Janeiro, a gang fired shots in Inhauma neighborhood."
    place = in_city_zone(far, text, gazetteer)
    assert (place.name, place.admin1) == ("Rio de Janeiro", "Rio de Janeiro")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("In the Central Zone of Sao Paulo, vendors marched.", id="no-side"),
        pytest.param("Vendors marched in Sao Paulo on Friday.", id="no-zone"),
    ],
)
def test_no_side_zone_leaves_the_place(gazetteer: Gazetteer, sentence: str) -> None:
    centre = _city(gazetteer, "São Paulo")
    assert in_city_zone(centre, sentence, gazetteer) == centre
