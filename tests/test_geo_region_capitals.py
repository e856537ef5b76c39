"""Specs for a first-level region named alone: placed at its capital where the lists' biggest town is
another (Unity state at Bentiu, not Leer; Burkina Faso's Sahel at Dori, not Djibo)."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.geo.region_capitals import region_capital
from kronika.model import Place


@pytest.mark.parametrize(
    ("country", "region", "capital", "point"),
    [
        ("SSD", "Unity", "Bentiu", (9.26, 29.80)),
        ("SSD", "Eastern Equatoria", "Torit", (4.41, 32.57)),
        ("BFA", "Sahel", "Dori", (14.03, -0.03)),
        ("KEN", "Baringo", "Kabarnet", (0.49, 35.74)),
    ],
)
def test_a_region_whose_biggest_town_is_not_its_capital_is_seated_at_its_capital(
    gazetteer: Gazetteer, country: str, region: str, capital: str, point: tuple[float, float]
) -> None:
    entry = gazetteer.lookup(region, kind="admin1", country=country)[0]
    seat = gazetteer.seat(Place(entry.name, country, entry.admin1, entry.lat, entry.lon, "admin1"))
    assert region_capital(country, entry.admin1) == capital
    assert seat is not None and seat.lat is not None and seat.lon is not None
    assert distance_km(seat.lat, seat.lon, *point) < 10


def test_a_region_the_table_leaves_out_keeps_its_namesake_seat(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Kassala", kind="admin1", country="SDN")[0]
    seat = gazetteer.seat(Place(entry.name, "SDN", entry.admin1, entry.lat, entry.lon, "admin1"))
    assert region_capital("SDN", entry.admin1) is None
    assert seat is not None and seat.name == "Kassala"
