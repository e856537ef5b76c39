"""Specs for the 2022- war's front and border villages our table holds: a note naming one with its
region ('shelled near Kolodiazne, Kharkiv') is placed at the village, not at the region's seat, and a
village the lists hold only as a namesake in another region is read in the region written."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.fronts import front_of, front_place, load_fronts
from kronika.geo.nearby import distance_km
from kronika.model import Place

NEAR_KM = 25.0


def _region(gazetteer: Gazetteer, name: str) -> Place:
    """A Ukrainian first-level region as the places stage gives it."""
    return gazetteer.lookup(name, kind="admin1", country="UKR")[0].to_place()


@pytest.mark.parametrize(
    ("text", "region", "lat", "lon"),
    [
        pytest.param(
            "Artillery hit fields near Kolodiazne, Kharkiv.", "Kharkiv", 50.0, 37.69, id="kharkiv-border"
        ),
        pytest.param(
            "Mortar rounds landed near Atynske, Sumy region.", "Sumy", 51.23, 34.28, id="sumy-border"
        ),
        pytest.param(
            "Drones struck a barn in Pyatykhatky, Zaporizhia.",
            "Zaporizhia",
            47.51,
            35.46,
            id="namesake-in-dnipropetrovsk",
        ),
        pytest.param(
            "Shells fell on Shlyakhove, Kherson region.", "Kherson", 46.87, 33.43, id="namesake-in-odesa"
        ),
        pytest.param(
            "Troops advanced near Robotyne, Zaporizhia.", "Zaporizhia", 47.45, 35.84, id="southern-front"
        ),
        pytest.param("Guns fired near Klishchiivka, Donetsk.", "Donetsk", 48.53, 37.96, id="bakhmut-front"),
    ],
)
def test_a_village_written_with_its_region_is_placed_at_the_village(
    gazetteer: Gazetteer, text: str, region: str, lat: float, lon: float
) -> None:
    front = front_of(text, "UKR", 2023, load_fronts())
    place = front_place(_region(gazetteer, region), text, text, front, gazetteer)
    assert place is not None and place.admin1 == region and place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, lat, lon) <= NEAR_KM
