"""Specs for everyday words that some regions abroad are called: in a story of one country, its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.geo.focus import focus_country
from kronika.geo.resolve import resolve_name


@pytest.mark.parametrize(
    ("word", "focus"),
    [
        ("Lake", "USA"),  # not Chad's Lac
        ("Valley", "USA"),  # not Honduras's Valle, nor Valley, Alabama
        ("Coast", "USA"),  # not Tanzania's Pwani
        ("Southern", "USA"),  # not a Southern Province in Africa or Asia
        ("Island", "USA"),  # not the Solomon Islands' Temotu
        ("the Beach", "USA"),  # not Cape Verde's Praia
        ("Metro", "USA"),  # not Metro, Lampung
        ("Bay", "USA"),  # not Somalia's Bay
        ("Coast", "KEN"),  # Kenya's old Coast Province is no region of today's: not Tanzania's either
    ],
)
def test_a_common_word_is_no_place_abroad(gazetteer: Gazetteer, word: str, focus: str) -> None:
    assert resolve_name(gazetteer, word, focus) is None


@pytest.mark.parametrize(
    ("word", "focus", "name"),
    [
        ("Delta", "NGA", "Delta"),  # Nigeria's Delta State
        ("Lakes", "SSD", "Lakes"),  # South Sudan's Lakes State
        ("Southern", "ZMB", "Southern"),  # Zambia's Southern Province
        ("Eastern", "LKA", "Eastern"),  # Sri Lanka's Eastern Province
        ("Bay", "SOM", "Bay"),  # Somalia's Bay region
    ],
)
def test_a_common_word_is_the_region_of_the_storys_country_so_called(
    gazetteer: Gazetteer, word: str, focus: str, name: str
) -> None:
    entry = resolve_name(gazetteer, word, focus)
    assert entry is not None and (entry.name, entry.country, entry.kind) == (name, focus, "admin1")


@pytest.mark.parametrize("text", ["East Bay", "North Coast", "South Lake"])
def test_a_bearing_before_a_common_word_is_no_quarter_of_a_region_abroad(
    gazetteer: Gazetteer, text: str
) -> None:
    assert resolve_name(gazetteer, text, "USA") is None


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("A teen was hurt on Friday. Doctors care for him at Our Lady of the Lake.", "TCD"),  # Lac
        ("A man was wounded in a shooting on Monday. Searchers combed the Valley overnight.", "HND"),
        ("Two teens were hurt in a shooting at a party on the Coast on Saturday.", "TZA"),  # Pwani
    ],
)
def test_a_common_word_votes_for_no_country_abroad(
    nlp: Language, gazetteer: Gazetteer, text: str, abroad: str
) -> None:
    assert focus_country(nlp(text), gazetteer) != abroad


@pytest.mark.parametrize(
    ("word", "name"),
    [
        # with no country known, a common word is only a region bearing it as its own name
        ("Island", None),  # not the Solomon Islands' Temotu
        ("the Beach", None),  # not Cape Verde's Praia
        ("Southern", "Southern"),  # a Southern Province, not France's Provence-Alpes-Côte d'Azur
        ("Northern", "Northern"),  # not Israel's HaZafon
        ("Delta", "Delta"),  # Nigeria's Delta State is so called
        ("Plateau", "Plateau"),
    ],
)
def test_with_no_country_a_common_word_is_no_translated_region(
    gazetteer: Gazetteer, word: str, name: str | None
) -> None:
    entry = resolve_name(gazetteer, word, None)
    assert (entry.name if entry else None) == name


@pytest.mark.parametrize("word", ["Valley", "Central", "Metro", "Forest", "National", "Federal"])
def test_with_no_country_a_common_word_is_no_town_so_called(gazetteer: Gazetteer, word: str) -> None:
    # not Valley or Centre, Alabama, Central, Louisiana, Metro, Lampung, nor a Distrito Nacional or Federal
    entry = resolve_name(gazetteer, word, None)
    assert entry is None or entry.kind != "city"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police in many parts of the Valley after Friday prayers.",
        "The Left parties staged a protest against Centre over rising prices.",
        "Reporters staged a protest outside Congress against new media rules.",
        "Students from two unions clashed at a college in south Delhi.",
    ],
)
def test_a_word_or_a_town_abroad_makes_no_story_american_local_news(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) != "USA"


def test_a_common_word_closing_a_listed_pair_of_regions_is_no_town_abroad(gazetteer: Gazetteer) -> None:
    # 'Newa, Tamsaling and Central Region': Nepal's old regions, not Central, Louisiana
    text = "The alliance called a strike in Newa, Tamsaling and Central Region on Monday."
    for chain in find_chains(text):
        found = resolve_chain(gazetteer, chain, "NPL")
        assert found is None or found.entry.kind != "city"


def test_an_american_town_with_a_bigger_town_abroad_keeps_american_local_news(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Ontario's Sault Ste. Marie is bigger, but no region nor a city of millions: Michigan's town stays
    text = "A hunter was shot by accident near Sault Ste. Marie on Saturday, deputies said."
    assert focus_country(nlp(text), gazetteer) == "USA"
