"""Specs for the city an American county is filed under: addresses in a metropolitan county are mostly
written with its big city's name, and records kept by address file its events there."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.mailing import county_cities, county_city, county_namesakes
from kronika.model import Place

# delivery ZIP codes by county (only the fields read here): one city names most of a metropolitan
# county's, none a rural county's
RECORDS = [
    *({"state": "TX", "county": "Harris County", "city": "Houston"} for _ in range(5)),
    {"state": "TX", "county": "Harris County", "city": "Pasadena"},
    {"state": "TX", "county": "Harris County", "city": "Katy"},
    {"state": "TX", "county": "Harris County", "city": "Spring", "zip_code_type": "PO BOX"},
    {"state": "GA", "county": "Paulding County", "city": "Dallas"},
    {"state": "GA", "county": "Paulding County", "city": "Dallas"},
    {"state": "GA", "county": "Paulding County", "city": "Hiram"},
    {"state": "CO", "county": "Conejos County", "city": "Antonito"},
    {"state": "CO", "county": "Conejos County", "city": "La Jara"},
    {"state": "CO", "county": "Conejos County", "city": "Manassa"},
    {"state": "MT", "county": "Petroleum County", "city": "Winnett"},
    # rural counties with a post office named as the county is: its seat, a town, or a hamlet
    {"state": "MI", "county": "Gladwin County", "city": "Gladwin"},
    {"state": "MI", "county": "Gladwin County", "city": "Beaverton"},
    {"state": "MI", "county": "Gladwin County", "city": "Gladwin", "zip_code_type": "PO BOX"},
    {"state": "CO", "county": "Conejos County", "city": "Conejos"},
    {"state": "SC", "county": "Sumter County", "city": "Sumter", "zip_code_type": "PO BOX"},
    {"state": "CA", "county": "Orange County", "city": "Orange"},
    *({"state": "CA", "county": "Orange County", "city": "Anaheim"} for _ in range(2)),
    *({"state": "CA", "county": "Orange County", "city": "Irvine"} for _ in range(2)),
    # a bare majority of a county's ZIP codes, and exactly half of another's
    *({"state": "UT", "county": "Weber County", "city": "Ogden"} for _ in range(4)),
    {"state": "UT", "county": "Weber County", "city": "Roy"},
    {"state": "UT", "county": "Weber County", "city": "Eden"},
    {"state": "UT", "county": "Weber County", "city": "Huntsville"},
    *({"state": "VA", "county": "Stafford County", "city": "Fredericksburg"} for _ in range(2)),
    {"state": "VA", "county": "Stafford County", "city": "Stafford"},
    {"state": "VA", "county": "Stafford County", "city": "Falmouth"},
]

HARRIS = Place("Harris County", "USA", "Texas", 29.86, -95.39, "admin1")
PAULDING = Place("Paulding County", "USA", "Georgia", 33.92, -84.87, "admin1")
CONEJOS = Place("Conejos County", "USA", "Colorado", 37.20, -106.19, "admin1")
GLADWIN = Place("Gladwin County", "USA", "Michigan", 44.0, -84.4, "admin1")
SUMTER = Place("Sumter County", "USA", "South Carolina", 33.9, -80.4, "admin1")
ORANGE = Place("Orange County", "USA", "California", 33.7, -117.8, "admin1")
PETROLEUM = Place("Petroleum County", "USA", "Montana", 47.12, -108.25, "admin1")
TEXAS = Place("Texas", "USA", "Texas", 31.0, -100.0, "admin1")
PASADENA = Place("Pasadena", "USA", "Texas", 29.69, -95.21, "city")
HARRIS_ABROAD = Place("Harris County", "GBR", "Scotland", 57.9, -6.8, "admin1")


@pytest.mark.parametrize(
    ("place", "name"),
    [
        # most of the county's ZIP codes are one city's: a story told only by the county is filed there
        (HARRIS, "Houston"),
        (PAULDING, "Dallas"),
        # a rural county's ZIP codes name many small towns, none most of them
        (CONEJOS, "Conejos County"),
        # a county of one ZIP code: its town serves only a part of it
        (PETROLEUM, "Petroleum County"),
        # a state, a town, or a place outside the United States is left as it is
        (TEXAS, "Texas"),
        (PASADENA, "Pasadena"),
        (HARRIS_ABROAD, "Harris County"),
    ],
)
def test_a_county_most_of_whose_zip_codes_are_one_citys_is_read_at_that_city(
    gazetteer: Gazetteer, place: Place, name: str
) -> None:
    found = county_city(place, gazetteer, county_cities(RECORDS))
    assert found.name == name
    assert found.precision == ("admin1" if name == place.name and place.precision == "admin1" else "city")


def test_the_city_is_placed_at_its_own_listed_point_in_the_countys_state(gazetteer: Gazetteer) -> None:
    houston = county_city(HARRIS, gazetteer, county_cities(RECORDS))
    assert houston.admin1 == "Texas"
    assert houston.lat is not None and abs(houston.lat - 29.76) < 0.1


@pytest.mark.parametrize(
    ("county", "city"),
    [
        (("TX", "harris county"), "Houston"),
        # four of seven: a majority, though well short of Houston's share
        (("UT", "weber county"), "Ogden"),
        # two of four: half is no majority, and the county keeps its own name
        (("VA", "stafford county"), None),
        (("CO", "conejos county"), None),
    ],
)
def test_a_county_is_filed_under_the_city_naming_a_majority_of_its_zip_codes(
    county: tuple[str, str], city: str | None
) -> None:
    assert county_cities(RECORDS).get(county) == city


def test_only_delivery_zip_codes_count() -> None:
    # a post office box ZIP code serves no street: Spring's does not dilute Houston's share
    assert county_cities(RECORDS)[("TX", "harris county")] == "Houston"


@pytest.mark.parametrize(("place", "name"), [(HARRIS, "Houston"), (CONEJOS, "Conejos County")])
def test_the_shipped_zip_code_records_give_the_same_readings(
    gazetteer: Gazetteer, place: Place, name: str
) -> None:
    pytest.importorskip("zipcodes")
    assert county_city(place, gazetteer).name == name


@pytest.mark.parametrize(
    ("place", "name"),
    [
        # no city names most of its ZIP codes, but a post office of the county bears its name: its town
        (GLADWIN, "Gladwin"),
        # the namesake is a hamlet of a few dozen people, no stand-in for the county
        (CONEJOS, "Conejos County"),
        # only a post office box bears the name: no delivery address is written with it
        (SUMTER, "Sumter County"),
        # the town of the name is one suburb among bigger ones: no stand-in for the county
        (ORANGE, "Orange County"),
        # no post office bears the county's name: as it is; most of its ZIP codes a city's: that city
        (PETROLEUM, "Petroleum County"),
        (HARRIS, "Houston"),
    ],
)
def test_a_county_is_read_at_the_town_it_is_named_after(
    gazetteer: Gazetteer, place: Place, name: str
) -> None:
    found = county_city(place, gazetteer, county_cities(RECORDS), county_namesakes(RECORDS))
    assert found.name == name
    assert found.admin1 == place.admin1
