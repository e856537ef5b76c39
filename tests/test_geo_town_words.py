"""Ordinary words and bodies' names that American towns share: a school's word, a street at a crossing,
a saint's school, read as what they are, not as the town."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_text import find_chains
from kronika.geo.local import street_name


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("University", False),  # University, Florida: 'the University said' is the school
        ("College", False),  # College, Alaska
        ("the University", False),
        ("University Park", True),  # a town whose name only opens with the word
        ("College Station", True),
    ],
)
def test_a_schools_word_alone_is_no_town(gazetteer: Gazetteer, name: str, town: bool) -> None:
    assert any(e.kind == "city" for e in gazetteer.lookup(name)) is town


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        ("Officers found a man shot at Mercer and North Elm, east of the freeway.", "Mercer", True),
        ("Officers found a man shot at Mercer and North Elm, east of the freeway.", "Elm", True),
        ("A woman was hurt near Hollis and East Grand late Sunday.", "Grand", True),
        ("A woman was hurt near Hollis and E. Grand late Sunday.", "Hollis", True),
        ("Two men were shot in Mercer and North Elm on the same night.", "Mercer", False),
        ("A man was shot at Mercer and taken to a hospital.", "Mercer", False),
    ],
)
def test_a_name_paired_with_a_bearing_led_street_is_a_street(text: str, name: str, street: bool) -> None:
    start = text.index(name)
    assert street_name(text, start, start + len(name)) is street


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The victim, a senior at St. Ambrose's University, died.", False),
        ("He was a St. Joseph's College student, police said.", False),
        ("Nurses rallied outside Saint Agnes's Hospital on Monday.", False),
        ("Police in St. Paul's north end said two men were hurt.", True),  # the city's own part
    ],
)
def test_a_saints_school_is_no_place_of_the_saints_name(text: str, named: bool) -> None:
    names = [n.text for chain in find_chains(text) for n in chain.names]
    assert any(n.startswith(("St", "Saint")) for n in names) is named
