"""Specs for Indonesia's regencies and cities: the registry's 'Kabupaten Luwu Timur' is the 'East Luwu
regency' notes write, a second-level region of its province near the regency's towns, and a note that
names a district of a regency is placed in that regency, not at the province's capital."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.admin2 import county_display
from kronika.geo.dateline import find_dateline
from kronika.geo.nearby import distance_km
from kronika.geo.regencies import regency_names
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Kabupaten Bone", ["Bone"]),
        ("Kabupaten Luwu Timur", ["Luwu Timur", "East Luwu"]),
        ("Kabupaten Musi Rawas Utara", ["Musi Rawas Utara", "North Musi Rawas"]),
        ("Kabupaten Sumba Barat Daya", ["Sumba Barat Daya", "Southwest Sumba"]),
        ("Kota Jakarta Selatan", ["Jakarta Selatan", "South Jakarta"]),
        ("Kabupaten Kepulauan Aru", ["Kepulauan Aru", "Aru Islands"]),
        ("Halifax County", []),
        ("Province of Nueva Ecija", []),
    ],
)
def test_a_regency_is_named_without_its_type_word_and_with_its_compass_word_in_english(
    written: str, names: list[str]
) -> None:
    assert regency_names(written) == names


def test_a_regency_is_shown_without_its_type_word() -> None:
    assert county_display("Kabupaten Bangka Barat") == "Bangka Barat"


@pytest.mark.parametrize(
    ("name", "region", "seat_lat", "seat_lon"),
    [
        ("Bone", "South Sulawesi", -4.54, 120.33),  # Watampone
        ("East Luwu", "South Sulawesi", -2.64, 121.09),  # Malili
        ("West Bangka", "Bangka-Belitung", -2.07, 105.16),  # Muntok
        ("Bungo", "Jambi", -1.49, 102.12),  # Muara Bungo
        ("Simalungun", "North Sumatra", 2.96, 99.06),  # Pematang Raya
    ],
)
def test_an_indonesian_regency_is_a_region_of_its_province_near_its_seat(
    gazetteer: Gazetteer, name: str, region: str, seat_lat: float, seat_lon: float
) -> None:
    found = gazetteer.lookup(name, kind="admin2", country="IDN")
    assert found and found[0].admin1 == region
    assert distance_km(found[0].lat, found[0].lon, seat_lat, seat_lon) < 40


@pytest.mark.parametrize(
    ("sentence", "region", "seat_lat", "seat_lon"),
    [
        (
            "Farmers held a protest in Kampung Baru district, Bone regency, South Sulawesi province.",
            "South Sulawesi",
            -4.54,
            120.33,
        ),
        (
            "Miners held a protest in Tanjung Hijau district, West Bangka regency, Bangka-Belitung province.",
            "Bangka-Belitung",
            -2.07,
            105.16,
        ),
    ],
)
def test_a_note_naming_a_district_of_a_regency_is_placed_in_the_regency(
    nlp: Language, gazetteer: Gazetteer, sentence: str, region: str, seat_lat: float, seat_lon: float
) -> None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and place.admin1 == region and place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, seat_lat, seat_lon) < 40


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Police shot a man in Enarotali district, Paniai regency, Papua province.", "Enarotali"),
        ("Soldiers raided a village in Sugapa district (Intan Jaya regency, Papua province).", "Sugapa"),
    ],
)
def test_a_town_of_a_province_since_split_stays_in_the_province_the_chain_writes(
    nlp: Language, gazetteer: Gazetteer, sentence: str, town: str
) -> None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    trigger = "shot" if "shot" in sentence else "raided"
    detection = made_up_detection(sentence, trigger, "ASSAULT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.name, place.admin1) == (town, "Papua")
