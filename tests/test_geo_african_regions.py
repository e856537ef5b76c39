"""Specs for African regions under the names conflict coders give them (Ethiopia's SNNP, Sudan's states)."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("town", "iso3", "region"),
    [
        # the regions carved out of the Southern Nations since 2020 are coded as SNNP
        ("Sodo", "ETH", "SNNP"),
        ("Jinka", "ETH", "SNNP"),
        ("Mizan Teferi", "ETH", "SNNP"),
        ("Hosaena", "ETH", "SNNP"),
        # Sidama is coded as a region of its own
        ("Awasa", "ETH", "Sidama"),
        ("Harar", "ETH", "Harari"),
        ("Wad Medani", "SDN", "El Gazira"),
    ],
)
def test_a_town_is_shown_in_its_region_as_coders_name_it(
    gazetteer: Gazetteer, town: str, iso3: str, region: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=iso3)[0].admin1 == region


@pytest.mark.parametrize(
    ("written", "iso3", "region"),
    [
        ("SNNPR", "ETH", "SNNP"),
        ("Southern Nations", "ETH", "SNNP"),
        ("Gambella", "ETH", "Gambela"),
        ("Al Qadarif", "SDN", "Gedaref"),
        ("Gezira", "SDN", "El Gazira"),
        ("Sinnar", "SDN", "Sennar"),
        # the compass word as an adjective, as older notes write Sudan's states
        ("Northern Darfur", "SDN", "North Darfur"),
        ("Western Darfur", "SDN", "West Darfur"),
        ("Southern Kordofan", "SDN", "South Kordofan"),
        ("West Kurdufan", "SDN", "West Kordofan"),
    ],
)
def test_a_region_answers_its_other_names(gazetteer: Gazetteer, written: str, iso3: str, region: str) -> None:
    found = gazetteer.lookup(written, kind="admin1", country=iso3)
    assert found
    assert {e.name for e in found} == {region}
