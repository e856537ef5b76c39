"""Specs for Sri Lanka's divisional secretariat divisions and Colombo's protest sites our town table adds: a
division the lists lack is found in its province, named alone or with its type word, in a note that names
no country; and for the spellings Bangladeshi notes write for listed district towns."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("division", "province"),
    [
        ("Dimbulagala", "North Central"),
        ("Mahawa", "North Western"),
        ("Thirukkovil", "Eastern"),
        ("Maritimepattu", "Northern"),
        ("Walasmulla", "Southern"),
        ("Warakapola", "Sabaragamuwa"),
    ],
)
def test_a_divisional_secretariat_the_lists_lack_is_found_in_its_province(
    gazetteer: Gazetteer, division: str, province: str
) -> None:
    found = gazetteer.lookup(division, kind="city", country="LKA")
    assert found and found[0].admin1 == province


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("Paddy farmers in the Dimbulagala Division held a protest over fertiliser.", "North Central"),
        ("A protest was held in Mahawa town, North Western, over water cuts.", "North Western"),
        ("Fishermen staged a protest in Thirukkovil DS over a harbour plan.", "Eastern"),
    ],
)
def test_a_note_naming_only_a_division_is_placed_in_its_province(
    nlp: Language, gazetteer: Gazetteer, sentence: str, province: str
) -> None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("LKA", province)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dock workers staged a protest in front of Fort Railway Station over unpaid bonuses.",
        "Nurses marched in protest from Lipton Circus to the Health Ministry.",
        "Retired teachers held a protest in Colombo Fort over their pensions.",
    ],
)
def test_a_note_naming_only_a_colombo_protest_site_is_placed_in_colombo(
    nlp: Language, gazetteer: Gazetteer, sentence: str
) -> None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=None, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("LKA", "Western")
    assert abs(place.lat - 6.93) < 0.1 and abs(place.lon - 79.85) < 0.1


@pytest.mark.parametrize(
    ("written", "listed", "division"),
    [
        ("Jhenidah", "Jhenaidah", "Khulna"),
        ("Brahambaria", "Brāhmanbāria", "Chittagong"),
        ("Narsindgi", "Narsingdi", "Dhaka"),
    ],
)
def test_a_bangladeshi_spelling_names_the_listed_district_town(
    gazetteer: Gazetteer, written: str, listed: str, division: str
) -> None:
    found = gazetteer.lookup(written, kind="city", country="BGD")
    assert [(e.name, e.admin1) for e in found][:1] == [(listed, division)]
