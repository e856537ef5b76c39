"""Specs for the city an American county is filed under: addresses in a metropolitan county are mostly
written with its big city's name, and records kept by address file its events there."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.mailing import county_cities, county_city
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
]

HARRIS = Place("Harris County", "USA", "Texas", 29.86, -95.39, "admin1")
PAULDING = Place("Paulding County", "USA", "Georgia", 33.92, -84.87, "admin1")
CONEJOS = Place("Conejos County", "USA", "Colorado", 37.20, -106.19, "admin1")
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


def test_only_delivery_zip_codes_count() -> None:
    # a post office box ZIP code serves no street: Spring's does not dilute Houston's share
    assert county_cities(RECORDS)[("TX", "harris county")] == "Houston"


@pytest.mark.parametrize(("place", "name"), [(HARRIS, "Houston"), (CONEJOS, "Conejos County")])
def test_the_shipped_zip_code_records_give_the_same_readings(
    gazetteer: Gazetteer, place: Place, name: str
) -> None:
    pytest.importorskip("zipcodes")
    assert county_city(place, gazetteer).name == name
