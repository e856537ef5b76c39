"""Specs for the region of a town whose city-list region is no listed region, or missing."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.build import GazetteerData
from kronika.geo.town_regions import name_respelled_states, place_towns_in_regions, stem_overlap


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


# Four invented regions: Riverton and Hollowmark have no towns yet, Brookfield and Hollow have.
_REGIONS = [
    ("Riverton", 10.0, 10.0),
    ("Brookfield", 10.0, 11.0),
    ("Hollow", 10.0, 12.0),
    ("Hollowmark", 30.0, 30.0),
]
_MATCHED = {"brookfield": "Brookfield", "hollow": "Hollow"}


def _respelled(state: str, lat: float, lon: float, matched: dict[str, str]) -> str | None:
    """The listed region a city-list region of one town is taken to respell, among `_REGIONS`."""
    data = GazetteerData()
    for name, r_lat, r_lon in _REGIONS:
        data.add((name, "admin1", "ZZZ", name, r_lat, r_lon, 0), {name.lower()})
    mapping = {"ZZ": dict(matched)}
    name_respelled_states(data, [_town("Eastfield", state, None, lat, lon)], {"ZZ": "ZZZ"}, mapping)
    return mapping["ZZ"].get(state.lower())


@pytest.mark.parametrize(
    ("state", "lat", "lon", "matched", "admin1"),
    [
        pytest.param("Rivertonskaya", 10.1, 10.1, _MATCHED, "Riverton", id="stem"),
        pytest.param("Saint Riverto", 10.1, 10.1, _MATCHED, "Riverton", id="stem-past-common-word"),
        pytest.param("Middle Land", 10.1, 10.1, _MATCHED, None, id="no-stem"),
        pytest.param("Riv", 10.1, 10.1, _MATCHED, None, id="stem-too-short"),
        pytest.param("Brookfieldia", 10.1, 11.1, _MATCHED, None, id="region-has-towns"),
        pytest.param(
            "Brookfieldia", 10.1, 11.1, {"hollow": "Hollow"}, "Brookfield", id="region-without-towns"
        ),
        pytest.param("Hollowmarkskaya", 10.1, 12.1, _MATCHED, None, id="region-far"),
        pytest.param("Rivertonskaya", 10.1, 10.1, {}, None, id="no-town-in-a-listed-region"),
    ],
)
def test_a_region_spelled_otherwise_is_the_nearby_townless_one_sharing_its_stem(
    state: str, lat: float, lon: float, matched: dict[str, str], admin1: str | None
) -> None:
    assert _respelled(state, lat, lon, matched) == admin1


@pytest.mark.parametrize(
    ("key", "other", "shared"),
    [
        ("grodnenskaya", "grodno", 5),
        ("saint gallen", "sankt gallen", 6),
        ("north savo", "north karelia", 0),
        ("castille and leon", "castilla y leon", 7),
    ],
)
def test_the_stem_two_region_names_share_leaves_out_common_words(key: str, other: str, shared: int) -> None:
    assert stem_overlap(key, frozenset({other})) == shared


def _shown(region: str, state: str) -> tuple[str | None, str]:
    """The admin1 a town of the city list's `state` is given, and the name the listed `region` it
    respells (near it, with Brookfield's and Hollow's towns elsewhere) is shown under."""
    data = GazetteerData()
    for name, lat, lon in [(region, 10.0, 10.0), ("Brookfield", 10.0, 11.0), ("Hollow", 10.0, 12.0)]:
        data.add((name, "admin1", "ZZZ", name, lat, lon, 0), {name.lower()})
    mapping = {"ZZ": {"brookfield": "Brookfield"}}
    name_respelled_states(data, [_town("Eastfield", state, None, 10.1, 10.1)], {"ZZ": "ZZZ"}, mapping)
    return mapping["ZZ"].get(state.lower()), data.rows[0][0]


@pytest.mark.parametrize(
    ("region", "state", "shown"),
    [
        pytest.param("Rivertonskaja", "Riverton", "Riverton", id="adjective-gives-way-to-noun"),
        pytest.param("Rivertonskij", "Riverton", "Riverton", id="masculine-adjective"),
        pytest.param("Riverton", "Rivertonskaya", "Riverton", id="noun-kept"),
        pytest.param("Riverstown", "Riverton", "Riverstown", id="no-adjective-kept"),
    ],
)
def test_a_region_named_by_an_adjective_is_shown_under_the_noun(region: str, state: str, shown: str) -> None:
    assert _shown(region, state) == (shown, shown)


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [("Lida", "BLR", "Grodno"), ("Turkistan", "KAZ", "Turkistan"), ("Temirtau", "KAZ", "Karaganda")],
)
def test_towns_of_a_region_the_city_list_spells_otherwise_lie_in_it(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=country)[0].admin1 == admin1
