"""Specs for a chain opened by people and 'of' ('Residents of Padaviya town, North Central'): the place is
the name after 'of', which its region then confirms."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain, find_chains


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Residents of Padaviya town, North Central, blocked the main road on Monday.", "Padaviya"),
        ("Villagers of Hakmana, Southern, marched to the police station.", "Hakmana"),
        ("Students of Kegalle, Sabaragamuwa, boycotted classes over the fees.", "Kegalle"),
    ],
)
def test_a_word_for_people_and_of_open_no_place_name(text: str, first: str) -> None:
    assert find_chains(text)[0].names[0].text == first


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Residents of Padaviya town, North Central, blocked the road.", "Padaviya", "North Central"),
        ("Residents of Kamburupitiya town, Southern, held a sit-in.", "Kamburupitiya", "Southern"),
    ],
)
def test_the_town_after_of_is_confirmed_by_its_region(
    gazetteer: Gazetteer, text: str, town: str, region: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.admin1) == (town, region)


def test_a_place_named_with_of_stays_whole() -> None:
    chain = find_chains("Police fired tear gas in the Isle of Wight on Sunday.")[0]
    assert chain.names[0].text == "Isle of Wight"
