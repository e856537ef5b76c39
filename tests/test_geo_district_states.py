"""Specs for Uganda's districts as its first-level regions, as ACLED codes its admin1."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.district_states import DistrictTown, district_towns, districts_as_states, nearest_district


@pytest.mark.parametrize(
    ("town", "district"),
    [
        ("Gulu", "Gulu"),
        ("Bugembe", "Jinja"),  # a town named after no district
        ("Wobulenzi", "Luwero"),
        ("Entebbe", "Wakiso"),
        ("Kasese", "Kasese"),
        ("Arua", "Arua"),
        ("Kampala", "Kampala"),
    ],
)
def test_a_ugandan_town_is_filed_under_its_district(gazetteer: Gazetteer, town: str, district: str) -> None:
    assert gazetteer.lookup(town, kind="city", country="UGA")[0].admin1 == district


@pytest.mark.parametrize("written", ["Wakiso", "Gulu district", "Mubende District", "Luwero", "Abim"])
def test_a_ugandan_district_is_a_first_level_region(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.lookup(written, kind="admin1", country="UGA")


@pytest.mark.parametrize(
    ("written", "district"),
    [
        ("Northern Region", "Gulu"),
        ("Northern", "Gulu"),
        ("Central Region", "Kampala"),  # 'Central' alone is a direction, never looked up
        ("Western Region", "Mbarara"),
    ],
)
def test_a_ugandan_region_named_alone_still_answers_filed_under_its_biggest_towns_district(
    gazetteer: Gazetteer, written: str, district: str
) -> None:
    found = gazetteer.lookup(written, country="UGA")
    assert found
    assert found[0].kind == "admin1"
    assert found[0].admin1 == district


@pytest.mark.parametrize(
    ("town", "iso3", "region"),
    [("Busia", "KEN", "Busia"), ("Kisumu", "KEN", "Kisumu"), ("Juba", "SSD", "Central Equatoria")],
)
def test_other_countries_keep_their_first_level_regions(
    gazetteer: Gazetteer, town: str, iso3: str, region: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=iso3)[0].admin1 == region


def _town(code: str, name: str, state: str, county: str | None, lat: float, lon: float) -> dict:
    """A city-list record of the shape reverse_geocode gives."""
    return {"country_code": code, "city": name, "latitude": lat, "longitude": lon, "population": 900,
            "state": state, "county": county}  # fmt: skip


@pytest.mark.parametrize(
    ("record", "state"),
    [
        (_town("UG", "Okwanga", "Northern Region", "Pader District", 2.9, 33.1), "Pader District"),
        (_town("UG", "Lobule", "Northern Region", None, 3.3, 30.9), "Northern Region"),  # no district given
        (_town("KE", "Ogembo", "Kisii", "Gucha District", -0.8, 34.7), "Kisii"),  # another country
    ],
)
def test_a_town_of_a_district_country_takes_its_district_as_its_state(record: dict, state: str) -> None:
    assert districts_as_states([record])[0]["state"] == state


@pytest.mark.parametrize(
    ("lat", "lon", "district"),
    [(2.95, 33.15, "Pader District"), (0.05, 30.2, "Kasese District"), (9.0, 40.0, "Pader District")],
)
def test_a_village_takes_the_district_of_its_nearest_listed_town(
    lat: float, lon: float, district: str
) -> None:
    towns = district_towns(
        districts_as_states(
            [
                _town("UG", "Okwanga", "Northern Region", "Pader District", 2.9, 33.1),
                _town("UG", "Kiburara", "Western Region", "Kasese District", 0.1, 30.1),
            ]
        )
    )["UG"]
    assert all(isinstance(t, DistrictTown) for t in towns)
    assert nearest_district(towns, lat, lon) == district


def test_a_country_with_no_listed_towns_gives_no_district() -> None:
    assert nearest_district([], 1.0, 32.0) is None
