"""Specs for African conflict notes whose place hangs on a word spaCy or the lists misread: an 'Um'/'Umm'
name split at its opening word, a people named like a region abroad, and a note naming no place but a
Kenyan party or gang, which sets it in Kenya."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.particle_names import with_particle
from kronika.geo.people_homes import home_abroad
from kronika.geo.peoples import named_as_people
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        ("Gunmen shot a trader in Um Dukhun town.", "Dukhun", "Um Dukhun"),
        ("Gunmen shot a trader in Umm Dukhun town.", "Dukhun", "Umm Dukhun"),
        ("Gunmen shot a trader in Dukhun town.", "Dukhun", "Dukhun"),  # no opening word: as written
        ("Gunmen shot a trader, um, in Dukhun town.", "Dukhun", "Dukhun"),  # a lowercase 'um' is a filler
    ],
)
def test_an_um_name_is_read_with_its_opening_word(nlp: Language, text: str, name: str, whole: str) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert with_particle(doc[start : start + 1]).text == whole


@pytest.mark.parametrize(
    ("name", "country", "abroad"),
    [
        ("Salamat", "TCD", True),  # Darfur's people, read as Chad's region
        ("Salamat", "SDN", False),
        ("Abala", "ETH", True),  # Darfur's camel herders, read as the Afar town
        ("Turkana", "KEN", False),  # a people at home in its own county
        ("Mandera", "SOM", False),  # no people's name
    ],
)
def test_a_peoples_name_read_abroad(name: str, country: str, abroad: bool) -> None:
    assert home_abroad(name, country) is abroad


@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        ("Fighting between Salamat and Beni Halba herders went on for a week.", "Salamat", True),
        ("Abbala gunmen looted a market near the camp.", "Abbala", True),
        ("Abala militia beat two farmers near the wadi.", "Abala", True),
        ("Flooding cut roads across Salamat region last week.", "Salamat", False),  # Chad's region
        ("Youths rioted in Abala town after a shooting.", "Abala", False),  # the Afar town
        ("Turkana herdsmen drove their cattle across the river.", "Turkana", False),  # Kenya's county
    ],
)
def test_a_peoples_name_is_no_region_of_another_country(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, people: bool
) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert named_as_people(doc[start : start + 1], gazetteer) is people


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # 'Um' left out of the entity by spaCy: the locality is still read
        ("Gunmen stabbed a trader to death in Um Dukhun locality on Friday.", "SDN", "Central Darfur"),
        # the people's name is no region of Chad; the town named is the place
        ("Salamat and Misseriya tribesmen clashed again in Um Dukhun locality.", "SDN", "Central Darfur"),
        ("Abala militia shot two farmers in a wadi west of Tawila.", "SDN", "North Darfur"),
        # a note naming no place but a Kenyan party or gang: Kenya, at its capital
        ("Rival ODM supporters clashed at a nomination meeting; three were hurt.", "KEN", "Nairobi"),
        ("Suspected Mungiki members hacked a matatu conductor to death.", "KEN", "Nairobi"),
    ],
)
def test_african_notes_are_placed_despite_the_misread_word(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 4, 5)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)
