"""Specs for a police unit's acronym before its men ('SWAT and PACE officers'): no town."""

from __future__ import annotations

import pytest

from kronika.geo.chains import find_chains


def _names(text: str) -> set[str]:
    return {name.text for chain in find_chains(text) for name in chain.names}


@pytest.mark.parametrize(
    "text",
    [
        "At noon SWAT and PACE officers stopped the car on Bell Street.",
        "Later, SWAT and VICE detectives searched the house on Elm Street.",
        "Deputies and BEAR troopers followed the truck to the county line.",
    ],
)
def test_capitals_before_a_force_word_are_a_unit_not_a_town(text: str) -> None:
    assert not _names(text) & {"PACE", "VICE", "BEAR"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # capitals that end their clause name a town, whoever speaks next
        ("Shots hit a house in ERIE, officers said.", "ERIE"),
        # a town written in the ordinary way before the force word stays a town
        ("Pace officers stopped the car on Bell Street.", "Pace"),
    ],
)
def test_a_town_before_a_force_word_stays_a_town(text: str, name: str) -> None:
    assert name in _names(text)
