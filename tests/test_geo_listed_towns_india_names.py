"""Specs for the India block of our town table that gives cities the English names news still writes
beside their renamed or local ones ('Gurgaon' for Gurugram, 'Calcutta' for Kolkata)."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Gurgaon", "Gurugram"),
        ("Calcutta", "Kolkata"),
        ("Bombay", "Mumbai"),
        ("Tuticorin", "Thoothukudi"),
        ("Trivandrum", "Thiruvananthapuram"),
        ("Calicut", "Kozhikode"),
        ("Shivamogga", "Shimoga"),
    ],
)
def test_the_other_name_reads_as_the_listed_city(gazetteer: Gazetteer, name: str, town: str) -> None:
    first = gazetteer.lookup(name)[0]
    assert (first.name, first.country, first.kind) == (town, "IND", "city")


@pytest.mark.parametrize(
    ("sentence", "admin1"),
    [
        ("Drivers went on strike across the city of Gurgaon over a fare cap.", "Haryana"),
        ("Dock workers went on strike in Tuticorin on Monday.", "Tamil Nadu"),
    ],
)
def test_a_note_naming_the_city_by_its_other_name_is_placed_there(
    nlp: Language, gazetteer: Gazetteer, sentence: str, admin1: str
) -> None:
    ctx = ArticleContext(Article("t", sentence), focus_country=None, dateline=None)
    detection = made_up_detection(sentence, "strike", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("IND", admin1)
