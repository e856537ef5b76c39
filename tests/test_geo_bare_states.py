"""Specs for an American state's abbreviation written without its full stop after a town or county:
'Marion County, Ind' is Indiana's Marion County, as 'Marion County, Ind.' is."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.bare_states import bare_state
from kronika.geo.chains import best_chain


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Ind", "Indiana"),
        ("Wash", "Washington"),
        ("Ky", "Kentucky"),
        ("Calif", "California"),
        ("Pa", "Pennsylvania"),
    ],
)
def test_an_abbreviation_less_its_full_stop_names_its_state(
    gazetteer: Gazetteer, word: str, state: str
) -> None:
    assert [e.name for e in bare_state(gazetteer, word)] == [state]


@pytest.mark.parametrize(
    "word",
    [
        "Ohio",  # a state's full name is read as a name
        "Iowa",
        "Peru",  # a country's
        "Gao",  # a town's, no abbreviation
        "IN",  # a postal code is listed as written
    ],
)
def test_a_word_that_is_no_abbreviation_names_no_state(gazetteer: Gazetteer, word: str) -> None:
    assert bare_state(gazetteer, word) == []


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A man was found shot on a farm in Orange County, Ind, on Sunday.", "Indiana"),
        ("A man was found shot on a farm in Orange County, Ind., on Sunday.", "Indiana"),
        ("A boy was wounded near his home in Greeneville, Tenn, on Monday.", "Tennessee"),
        ("A boy was wounded near his home in Greenville, Mich, on Monday.", "Michigan"),
    ],
)
def test_a_chain_ending_in_a_bare_abbreviation_is_read_in_that_state(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    found = best_chain(gazetteer, text, 0, "USA")
    assert found is not None and found.entry.admin1 == admin1
