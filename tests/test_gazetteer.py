"""Specs for the offline gazetteer: name lookups, region aliases, countries, demonyms and capitals."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.names import display_region, name_key, strip_region_type


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once for this module."""
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("BISHKEK", "bishkek"),
        ("Bishkek’s", "bishkeks"),
        ("São Paulo", "sao paulo"),
        ("the United States", "united states"),
    ],
)
def test_name_key_ignores_case_accents_and_article(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Bishkek Shaary", "Bishkek"),
        ("Naryn Region", "Naryn"),
        ("Chuyskaya oblast'", "Chuyskaya"),
        ("Free State", "Free State"),
    ],
)
def test_display_region_strips_type_words(name: str, plain: str) -> None:
    assert display_region(name) == plain


def test_strip_region_type_never_empties() -> None:
    assert strip_region_type("naryn region") == "naryn"
    assert strip_region_type("region") == "region"


@pytest.mark.parametrize(
    ("query", "kind", "admin1", "lat", "lon"),
    [
        ("Naryn region", "admin1", "Naryn", 41.4, 76.0),
        ("Bishkek Shaary", "admin1", "Bishkek", 42.9, 74.6),
        ("talas REGION", "admin1", "Talas", 42.4, 72.1),
        ("Chuy", "admin1", "Chuy", 42.7, 75.2),
    ],
)
def test_region_lookup_answers_plain_names(
    gazetteer: Gazetteer, query: str, kind: str, admin1: str, lat: float, lon: float
) -> None:
    hits = [e for e in gazetteer.lookup(query) if e.country == "KGZ"]
    assert hits and hits[0].kind == kind and hits[0].admin1 == admin1
    assert hits[0].lat == pytest.approx(lat, abs=0.2) and hits[0].lon == pytest.approx(lon, abs=0.2)


def test_bishkek_city_has_region_name_as_admin1(gazetteer: Gazetteer) -> None:
    city = gazetteer.lookup("Bishkek", kind="city")[0]
    assert (city.country, city.admin1) == ("KGZ", "Bishkek")
    assert (city.lat, city.lon) == pytest.approx((42.87, 74.59), abs=0.05)


def test_talas_answers_region_city_and_others(gazetteer: Gazetteer) -> None:
    hits = {(e.kind, e.country) for e in gazetteer.lookup("Talas")}
    assert {("admin1", "KGZ"), ("city", "KGZ"), ("city", "TUR")} <= hits
    assert {e.country for e in gazetteer.fuzzy("Tallas")} >= {"KGZ"}


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Russia", "RUS"), ("the United States", "USA"), ("US", "USA"), ("Britain", "GBR"), ("KGZ", "KGZ"),
     ("Kyrgyz", "KGZ"), ("Russian", "RUS"), ("Ivory Coast", "CIV"), ("KG", "KGZ")],
)  # fmt: skip
def test_country_by_name_code_or_demonym(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    found = gazetteer.country(text)
    assert found is not None and found.country == iso3 and found.kind == "country"


@pytest.mark.parametrize(
    ("iso3", "capital"), [("KGZ", "Bishkek"), ("KAZ", "Astana"), ("UKR", "Kyiv"), ("FRA", "Paris")]
)
def test_capitals(gazetteer: Gazetteer, iso3: str, capital: str) -> None:
    found = gazetteer.capital(iso3)
    assert found is not None and found.name == capital and found.country == iso3


def test_country_centre_is_its_capital(gazetteer: Gazetteer) -> None:
    country = gazetteer.country("KGZ")
    assert country is not None and (country.lat, country.lon) == pytest.approx((42.87, 74.59), abs=0.05)


def test_unknown_name_gives_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qqzzxv") == [] and gazetteer.country("Qqzzxv") is None


def test_cached_load_is_fast(gazetteer: Gazetteer) -> None:
    start = time.perf_counter()
    Gazetteer.load()
    assert time.perf_counter() - start < 2.0  # target < 1 s; slack for a busy shared machine


@pytest.mark.slow
def test_build_into_fresh_cache_dir_then_reload(tmp_path: Path) -> None:
    built = Gazetteer.load(cache_dir=tmp_path)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert Gazetteer.load(cache_dir=tmp_path).lookup("Osh") == built.lookup("Osh")


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Kaduna State", "Kaduna"),
        ("Antioquia Department", "Antioquia"),
        ("Khulna Division", "Khulna"),
        ("Federal District", "Federal District"),
        ("Diyarbakır", "Diyarbakir"),
        ("Western Visayas (Region VI)", "Western Visayas"),
    ],
)
def test_display_region_drops_type_words_marks_and_numbers(name: str, plain: str) -> None:
    assert display_region(name) == plain


@pytest.mark.parametrize(
    ("written", "state"),
    [("Wash.", "Washington"), ("N.C.", "North Carolina"), ("TX", "Texas"), ("W.Va.", "West Virginia")],
)
def test_us_state_abbreviations(gazetteer: Gazetteer, written: str, state: str) -> None:
    entry = gazetteer.abbreviation(written)
    assert entry is not None and (entry.name, entry.country, entry.kind) == (state, "USA", "admin1")


@pytest.mark.parametrize("written", ["La", "Main", "in"])
def test_words_that_are_not_abbreviations(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.abbreviation(written) is None


@pytest.mark.parametrize(
    ("written", "iso3", "region"),
    [
        ("Beyrouth", "LBN", "Beirut"),
        ("Idlib", "SYR", "Idleb"),
        ("Dayr az Zawr", "SYR", "Deir-ez-Zor"),
        ("Shabeellaha Hoose", "SOM", "Lower Shabelle"),
        ("Saladin", "IRQ", "Sala al-Din"),
    ],
)
def test_regions_answer_english_and_local_spellings(
    gazetteer: Gazetteer, written: str, iso3: str, region: str
) -> None:
    found = gazetteer.lookup(written, kind="admin1", country=iso3)
    assert [e.name for e in found] == [region]


def test_a_compass_word_is_not_looked_up_as_a_region(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("North", kind="admin1", country="LBN") == []


@pytest.mark.parametrize(
    ("place", "admin1", "town"),
    [("East Flatbush", "New York", "Brooklyn"), ("Cleveland Heights", "Ohio", "Cleveland")],
)
def test_a_neighbourhood_belongs_to_its_town(
    gazetteer: Gazetteer, place: str, admin1: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup(place, kind="city") if e.admin1 == admin1)
    assert gazetteer.town_of(entry.to_place()).name == town


@pytest.mark.parametrize("place", ["Brooklyn", "Bishkek", "Osh"])
def test_a_big_city_stays_itself(gazetteer: Gazetteer, place: str) -> None:
    entry = gazetteer.lookup(place, kind="city")[0]
    assert gazetteer.town_of(entry.to_place()) == entry.to_place()
