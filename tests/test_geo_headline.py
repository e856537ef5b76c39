"""Specs for the town a headline names beside a word of place, for a page whose text names none."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.headline import headline_town


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Boy grazed by stray bullet in Sumner", "Sumner"),  # a small town after 'in'
        ("Man Charged In Sumner Shooting Of Neighbor", "Sumner"),  # the last word before the crime's
        ("Woman hurt in NW Albuquerque shooting", "Albuquerque"),  # a compass word names a part
        ("Two wounded in North Charleston drive-by", "North Charleston"),  # unless the town is the whole
        ("Elkton homicide suspect arrested", "Elkton"),
        ("Teen Shot In Lake Stevens Friday", "Lake Stevens"),  # the words after the town are the headline's
        ("Two Sumner teens charged after robbery", "Sumner"),  # else the home of the people in the news
        ("Sumner Man Hurt By His Own Gun", "Sumner"),
        ("Three hurt in shooting at Sumner party", "Sumner"),  # else a town after 'at'
        # a state's name is the state, not its namesake town elsewhere: the next cue is read
        ("Indiana man hurt in shooting at Sumner party", "Sumner"),
    ],
)
def test_a_headline_names_the_town_beside_a_word_of_place(
    gazetteer: Gazetteer, title: str, name: str
) -> None:
    town = headline_town(gazetteer, title, "USA")
    assert town is not None and town.name == name


@pytest.mark.parametrize(
    "title",
    [
        "Four found dead in Mason County home",  # a county is no town of its name
        "Woman In Critical Condition After Police Shooting",  # no town beside the words of place
        "Toddler hurt in weekend shooting",
        "Sumner teacher honoured for bravery",  # a town with no word of place beside it
        # a state's name is the state: not Nevada, Missouri, nor Virginia, Minnesota, nor Delaware, Ohio
        "Nevada teen hurt by his own rifle",
        "Deputies find four dead in Virginia murder-suicide",
        "Two wounded in Delaware shooting",
        None,
    ],
)
def test_no_town_where_the_headline_names_none_beside_a_word_of_place(
    gazetteer: Gazetteer, title: str | None
) -> None:
    assert headline_town(gazetteer, title, "USA") is None
