"""Specs for regions shown under the names conflict reports give them, and found by their other spellings."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("written", "country", "shown"),
    [
        pytest.param("Zaporizhia", "UKR", "Zaporizhia", id="zaporizhia"),
        pytest.param("Zaporizhia region", "UKR", "Zaporizhia", id="zaporizhia-typed"),
        pytest.param("Zaporizhzhia", "UKR", "Zaporizhia", id="zaporizhzhia"),
        pytest.param("Bangka-Belitung province", "IDN", "Bangka-Belitung", id="bangka-belitung"),
        pytest.param("Bangka Belitung Islands", "IDN", "Bangka-Belitung", id="bangka-belitung-islands"),
    ],
)
def test_a_region_is_shown_as_reports_name_it_whichever_spelling_is_written(
    gazetteer: Gazetteer, written: str, country: str, shown: str
) -> None:
    regions = gazetteer.lookup(written, kind="admin1", country=country)
    assert regions and regions[0].name == shown


@pytest.mark.parametrize(
    ("written", "kind", "admin1"),
    [
        # ACLED keeps the Russian spelling of Kirovohrad oblast; its seat is written in the national
        # romanisation ('-yi') where the lists end it in '-yy'.
        pytest.param("Kirovohrad", "admin1", "Kirovograd", id="kirovohrad-oblast"),
        pytest.param("Kropyvnytskyi", "city", "Kirovograd", id="kropyvnytskyi"),
        pytest.param("Kryvyi Rih", "city", "Dnipropetrovsk", id="kryvyi-rih"),
    ],
)
def test_a_ukrainian_place_is_found_in_the_national_romanisation_and_shown_in_acleds_region(
    gazetteer: Gazetteer, written: str, kind: str, admin1: str
) -> None:
    found = gazetteer.lookup(written, kind=kind, country="UKR")
    assert found and found[0].admin1 == admin1


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        # ACLED's spellings of Iran's Azerbaijan provinces and Nicaragua's Caribbean regions
        ("Tabriz", "East Azarbaijan"),
        ("Bluefields", "Costa Caribe Sur"),
        ("Rosita", "Costa Caribe Norte"),
    ],
)
def test_iranian_and_nicaraguan_regions_are_shown_as_acled_names_them(
    gazetteer: Gazetteer, name: str, admin1: str
) -> None:
    assert gazetteer.lookup(name, kind="city")[0].admin1 == admin1


def test_a_renamed_region_is_still_found_by_its_english_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("North Caribbean Coast", kind="admin1")[0].name == "Costa Caribe Norte"
