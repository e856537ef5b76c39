"""Specs for a region named with its type word: read in the countries whose regions are called so."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.resolve import resolve_name
from kronika.geo.unit_types import calls_counties, region_types, typed_regions


@pytest.mark.parametrize(
    ("name", "country", "words"),
    [
        ("Lakes", "SSD", {"state"}),  # South Sudan's first level: states
        ("Lacs", "CIV", {"district"}),  # Côte d'Ivoire's: districts
        ("Northern Territory", "AUS", {"territory"}),  # a country of states and territories: its own
        ("Western Australia", "AUS", {"state"}),
    ],
)
def test_a_region_is_called_by_its_own_type_word(
    gazetteer: Gazetteer, name: str, country: str, words: set[str]
) -> None:
    region = next(e for e in gazetteer.lookup(name) if e.kind == "admin1" and e.country == country)
    assert region_types(region) == words


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cattle raiders killed four herders in Lakes state on Monday.", "SSD"),
        ("Police fired tear gas at farmers in Punjab state on Friday.", "IND"),
        ("Police fired tear gas at farmers in Punjab province on Friday.", "PAK"),
        ("Troops clashed with smugglers in the Northern state on Sunday.", "SDN"),
        ("Rebels burnt a school in the Northern Province on Sunday.", "LKA"),
    ],
)
def test_a_region_typed_by_its_word_lies_where_regions_are_so_called(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.kind, place.entry.country) == ("admin1", country)


@pytest.mark.parametrize(
    ("text", "country"),
    [("Lakes state", "SSD"), ("Punjab state", "IND"), ("Punjab province", "PAK")],
)
def test_a_typed_name_resolves_where_regions_are_so_called(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    entry = resolve_name(gazetteer, text, None)
    assert entry is not None and (entry.kind, entry.country) == ("admin1", country)


def test_readings_stay_where_no_region_of_the_name_is_so_called(gazetteer: Gazetteer) -> None:
    readings = gazetteer.lookup("Lakes")
    assert typed_regions(readings, "oblast") == readings  # no region of the name is an oblast
    assert typed_regions(readings, "") == readings  # no type word written


@pytest.mark.parametrize(
    ("country", "called"),
    [
        ("KEN", True),  # first-level counties (ISO 3166-2)
        ("HUN", True),
        ("SSD", True),  # second-level counties, which ISO's first level does not show
        ("USA", True),
        ("SRB", False),  # okrugs are districts
        ("TUR", False),  # ilçes are districts
        ("GRC", False),
    ],
)
def test_only_some_countries_have_units_called_counties(country: str, called: bool) -> None:
    assert calls_counties(country) is called
