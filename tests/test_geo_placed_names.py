"""Specs for names of two or three words the tagger reads as a person or a body, written after a
preposition of place ('protested in Lakki Marwat'): a town's, where the gazetteer knows the whole name."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.lone_towns import lone_town_country
from kronika.geo.placed_objects import placed_object
from kronika.model import Article, ArticleContext
from kronika.nlp import entities
from kronika.places import locate


@pytest.mark.parametrize(
    ("text", "name", "placed"),
    [
        # after 'in' or 'at', each word capitalised: a place's role, however the parse attaches it
        ("In Lakki Marwat, Lady Health Workers protested, demanding their salaries.", "Lakki Marwat", True),
        ("Lawyers rallied at Dera Murad Jamali on Monday.", "Dera Murad Jamali", True),
        # a name tagged a date, none of its words the calendar's
        ("In Sarlahi, cadres took to the streets on Monday.", "Sarlahi", True),
        ("Traders shut their shops in January over a new tax.", "January", False),
        # a person's name in a person's role, or after a preposition that places nothing
        ("Police said Lakki Marwat had been arrested on Monday.", "Lakki Marwat", False),
        ("The protesters marched with Imran Shah to the court.", "Imran Shah", False),
    ],
)
def test_a_misread_name_after_a_preposition_of_place_stands_for_a_place(
    nlp: Language, text: str, name: str, placed: bool
) -> None:
    doc = nlp(text)
    found = [e for e in entities(doc) if e.text == name]
    assert found or not placed
    assert all(placed_object(e, e) == placed for e in found if e.label_ in {"PERSON", "ORG", "DATE"})


@pytest.mark.parametrize(
    ("sentence", "country", "admin1"),
    [
        ("In Lakki Marwat, Lady Health Workers protested over salaries.", "PAK", "Khyber Pakhtunkhwa"),
        ("In Sarlahi, cadres of a Madhesi front protested on Monday.", "NPL", "Madhesh"),
    ],
)
def test_a_note_naming_only_a_misread_district_is_placed_there(
    nlp: Language, gazetteer: Gazetteer, sentence: str, country: str, admin1: str
) -> None:
    doc = nlp(sentence)
    assert lone_town_country(doc, gazetteer) == country
    ctx = ArticleContext(Article("t", sentence), focus_country=country, dateline=None)
    detection = made_up_detection(sentence, "protested", "PROTEST", text=sentence)
    place = locate(doc, detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == (country, admin1)
