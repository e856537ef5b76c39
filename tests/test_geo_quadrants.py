"""Specs for Washington's quadrant addresses: an American story that names no town but writes a street
address ending in a quadrant ('the 400 block of Maple Road SE') is the capital's; a story placed any
finer keeps its place."""

from __future__ import annotations

import pytest
from builders import country_place, listed_town, locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.quadrants import quadrant_address, quadrant_city


@pytest.mark.parametrize(
    ("text", "written"),
    [
        pytest.param("Shots rang out in the 400 block of Maple Road SE.", True, id="block-road"),
        pytest.param("He was hurt near 1500 Cedar Street NW on Sunday.", True, id="house-number"),
        pytest.param("Officers found him in the 900 block of K St. NE.", True, id="letter-street"),
        pytest.param("It happened in the 300 block of 21st Street SW.", True, id="numbered-street"),
        pytest.param("It happened in the 300 block of Maple Road.", False, id="no-quadrant"),
        pytest.param("The storm moved 30 miles SE of the city.", False, id="a-bearing"),
        pytest.param("The unit NW 3 reported the shooting.", False, id="no-address"),
    ],
)
def test_an_address_ends_in_its_quadrant(text: str, written: bool) -> None:
    assert quadrant_address(text) is written


@pytest.mark.slow
def test_a_country_wide_american_place_with_a_quadrant_address_is_washington(gazetteer: Gazetteer) -> None:
    place = quadrant_city(country_place(gazetteer, "USA"), "A man was shot at 700 Elm Avenue SE.", gazetteer)
    assert (place.name, place.admin1, place.precision) == ("Washington", "District of Columbia", "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("iso3", "town"),
    [
        pytest.param("USA", ("Roanoke", "USA", "Virginia"), id="a-town-keeps-its-place"),
        pytest.param("CAN", None, id="another-country"),
    ],
)
def test_a_place_other_than_americas_country_stays(
    gazetteer: Gazetteer, iso3: str, town: tuple[str, str, str] | None
) -> None:
    place = listed_town(gazetteer, *town) if town else country_place(gazetteer, iso3)
    assert quadrant_city(place, "A man was shot at 700 Elm Avenue SE.", gazetteer) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A guard shot himself in the foot on Monday. It happened in the 600 block of Birch Street NW,"
            " police said.",
            "Washington",
            id="no-town-named",
        ),
        pytest.param(
            "ROANOKE, Va. (WXYZ) - A man was shot on Monday in the 600 block of Birch Street NW, police"
            " said.",
            "Roanoke",
            id="a-dateline-town",
        ),
    ],
)
def test_an_american_story_with_a_quadrant_address(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None
    assert place.name == name
