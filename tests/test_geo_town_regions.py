"""Specs for the region of a town whose city-list region is no listed region, or missing."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.build import GazetteerData
from kronika.geo.town_regions import place_towns_in_regions


def _town(name: str, state: str | None, county: str | None, lat: float, lon: float) -> dict:
    """A city-list record as the build reads it."""
    return {
        "city": name,
        "country_code": "ZZ",
        "state": state,
        "county": county,
        "latitude": lat,
        "longitude": lon,
        "population": 1000,
    }


def _placed(town: dict) -> str | None:
    """The admin1 the town's row is given among three invented regions."""
    data = GazetteerData()
    for name, lat, lon in [("Riverton", 10.0, 10.0), ("Portville-West", 20.0, 20.0), ("Hollow", 30.0, 30.0)]:
        data.add((name, "admin1", "ZZZ", name, lat, lon, 0), set())
    row = data.add(
        (town["city"], "city", "ZZZ", town["state"], town["latitude"], town["longitude"], 1000), set()
    )
    place_towns_in_regions(data, [town], {"ZZ": "ZZZ"}, {"ZZZ": [row]})
    return data.rows[row][3]


@pytest.mark.parametrize(
    ("town", "admin1"),
    [
        pytest.param(_town("Eastfield", "Middle Land", "Riverton", 12.0, 12.0), "Riverton", id="county"),
        pytest.param(_town("Portville", None, None, 20.05, 20.05), "Portville-West", id="named-after"),
        pytest.param(_town("Portville", None, None, 25.0, 25.0), None, id="far-namesake"),
        pytest.param(_town("Eastfield", "Hollow", "Riverton", 30.0, 30.0), "Hollow", id="listed-stays"),
        pytest.param(_town("Eastfield", "Middle Land", "Brook", 12.0, 12.0), "Middle Land", id="unplaced"),
    ],
)
def test_a_town_outside_the_listed_regions_takes_the_one_its_county_or_name_gives(
    town: dict, admin1: str | None
) -> None:
    assert _placed(town) == admin1


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Nouakchott", "MRT", "Nouakchott-Ouest"),
        ("Zemun", "SRB", "Belgrade"),
        ("Novi Sad", "SRB", "Vojvodina"),
    ],
)
def test_capital_cities_lie_in_their_own_regions(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=country)[0].admin1 == admin1
