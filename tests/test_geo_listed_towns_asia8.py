"""Specs for the places_asia8 block of our town table: Jakarta's central city and its protest square read
as Jakarta's, and Magura as Bangladesh's district town over Romanian villages of its name."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Central Jakarta", "IDN", "Jakarta"),
        ("Jakarta Pusat", "IDN", "Jakarta"),
        ("Merdeka", "IDN", "Jakarta"),
        ("Magura", "BGD", "Khulna"),
    ],
)
def test_the_first_reading_of_the_name_is_the_tables_town(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    first = gazetteer.lookup(name)[0]
    assert (first.country, first.admin1, first.kind) == (country, admin1, "city")


@pytest.mark.parametrize(
    ("sentence", "country", "admin1"),
    [
        ("Students staged a protest before the mayor's office in Central Jakarta.", "IDN", "Jakarta"),
        ("Drivers staged a protest in Merdeka against a new fare rule.", "IDN", "Jakarta"),
        ("Hartal supporters staged a protest and clashed with police in Magura district.", "BGD", "Khulna"),
    ],
)
def test_a_note_naming_only_the_town_is_placed_in_its_region(
    nlp: Language, gazetteer: Gazetteer, sentence: str, country: str, admin1: str
) -> None:
    ctx = ArticleContext(Article("t", sentence), focus_country=None, dateline=None)
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == (country, admin1)
