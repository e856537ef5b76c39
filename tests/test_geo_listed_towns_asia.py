"""Specs for the Sri Lankan towns and Bangladeshi upazila spellings our town table adds: Colombo's
suburbs and district towns the lists lack are found in their provinces, and the spellings Bangladeshi
notes write name the listed upazila town."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Malabe", "Western"),
        ("Dehiwala", "Western"),
        ("Pettah", "Western"),
        ("Seeduwa", "Western"),
        ("Oluvil", "Eastern"),
        ("Chunnakam", "Northern"),
        ("Akurana", "Central"),
        ("Hakmana", "Southern"),
    ],
)
def test_a_sri_lankan_town_the_lists_lack_is_found_in_its_province(
    gazetteer: Gazetteer, town: str, region: str
) -> None:
    found = gazetteer.lookup(town, kind="city", country="LKA")
    assert found and found[0].admin1 == region


@pytest.mark.parametrize(
    ("written", "listed"),
    [("Sulla", "Shalla"), ("Bhauphal", "Bauphal"), ("Kiraniganj", "Keraniganj"), ("Barlekha", "Baralekha")],
)
def test_a_bangladeshi_spelling_names_the_listed_upazila_town(
    gazetteer: Gazetteer, written: str, listed: str
) -> None:
    assert [e.name for e in gazetteer.lookup(written, kind="city", country="BGD")][:1] == [listed]


def test_a_note_naming_only_a_colombo_suburb_is_placed_in_sri_lanka(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Nurses staged a protest outside a private hospital in Malabe over unpaid wages."
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1, place.name) == ("LKA", "Western", "Malabe")


@pytest.mark.parametrize(
    ("regency", "seat", "region"),
    [
        ("Intan Jaya", "Sugapa", "Central Papua"),
        ("Jayawijaya", "Wamena", "Highland Papua"),
        ("Yahukimo", "Dekai", "Highland Papua"),
        ("Boven Digoel", "Tanah Merah", "South Papua"),
    ],
)
def test_a_papuan_regency_not_named_after_its_seat_names_the_seat(
    gazetteer: Gazetteer, regency: str, seat: str, region: str
) -> None:
    found = gazetteer.lookup(regency, kind="city", country="IDN")
    assert found and (found[0].name, found[0].admin1) == (seat, region)


def test_a_note_naming_a_village_of_a_papuan_regency_is_placed_at_its_seat(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Soldiers exchanged fire with rebels in a village of Intan Jaya regency, Papua province."
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "exchanged fire", "FIGHT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and place.name == "Sugapa"


@pytest.mark.parametrize(
    ("written", "listed", "region"),
    [
        ("Tigyaing", "Tigyaing", "Sagaing"),
        ("Hpruso", "Hpruso", "Kayah"),
        ("Danubyu", "Danubyu", "Ayeyarwady"),
        ("Thantlang", "Thantlang", "Chin"),
        ("Mogoke", "Mogok", "Mandalay"),  # the spelling notes write for a listed town
        ("Namhkan", "Namhkam", "Shan"),
    ],
)
def test_a_myanmar_township_seat_is_a_town_of_its_region(
    gazetteer: Gazetteer, written: str, listed: str, region: str
) -> None:
    found = gazetteer.lookup(written, kind="city", country="MMR")
    assert found and (found[0].name, found[0].admin1) == (listed, region)


def test_a_village_of_a_township_is_placed_at_the_township_seat_not_the_district_seat(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Soldiers shelled a village of Tigyaing township (Katha district, Sagaing region) on Monday."
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "shelled", "ASSAULT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Tigyaing", "Sagaing")


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Rathupaswala", "Western"),
        ("Ragala", "Central"),
        ("Kaduruwela", "North Central"),
        ("Puthukudiyiruppu", "Northern"),
        ("Mahiyanganaya", "Uva"),
    ],
)
def test_a_sri_lankan_town_notes_name_alone_is_found_in_its_province(
    gazetteer: Gazetteer, town: str, region: str
) -> None:
    found = gazetteer.lookup(town, kind="city", country="LKA")
    assert found and found[0].admin1 == region


def test_a_note_naming_only_a_sri_lankan_town_of_the_block_is_placed_in_sri_lanka(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Villagers staged a protest at Rathupaswala demanding clean drinking water."
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("LKA", "Western")


@pytest.mark.parametrize(
    "sentence",
    [
        "Students formed a human chain at Shahbagh demanding safe roads.",
        "Two groups of traders clashed at Mirpur area (Dhaka city) over a parking dispute.",
        "Garment workers blocked the highway at Fatullah over unpaid wages.",
    ],
)
def test_a_quarter_or_suburb_of_dhaka_is_placed_in_dhaka(
    nlp: Language, gazetteer: Gazetteer, sentence: str
) -> None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    trigger = next(w for w in ("human chain", "clashed", "blocked") if w in sentence)
    detection = made_up_detection(sentence, trigger, "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("BGD", "Dhaka")
