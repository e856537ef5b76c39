"""Specs for a dateline written in small letters ('Norfolk, Va. - A woman died'): read as a dateline in
capitals is, where a state or region and a dash follow the town."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the state's abbreviation picks the namesake ('Graysville' is a town of several states)
        ("Graysville, Ind. - A boy was hurt when a rifle went off at his home.", ("Graysville", "Indiana")),
        (
            "Graysville, Tenn. – A boy was hurt when a rifle went off at his home.",
            ("Graysville", "Tennessee"),
        ),
        # an abbreviation without its full stop, and a station's credit before the dash
        ("Graysville, Ind (WXYZ) - A boy was hurt at his home.", ("Graysville", "Indiana")),
        # the state written in full, a date credited before the dash
        ("Lonoke, Arkansas (May 2, 2016) -- A girl was hurt at her home.", ("Lonoke", "Arkansas")),
        # a county named so in the dateline is the county
        ("Sullivan County, Ind. - A teenager died of a gunshot wound.", ("Sullivan County", "Indiana")),
    ],
)
def test_a_small_letter_dateline_with_its_state(
    gazetteer: Gazetteer, text: str, place: tuple[str, str]
) -> None:
    found = find_dateline(text, gazetteer)
    assert found is not None and (found.name, found.admin1) == place


@pytest.mark.parametrize(
    "text",
    [
        # no state after the town: a name before a dash is a heading, not a dateline
        "Update - A boy was hurt when a rifle went off at his home.",
        "Graysville - A boy was hurt when a rifle went off at his home.",
        # what follows the comma is no state or region
        "Smith, Jones - a law firm in town, has closed its doors.",
        # a country after the town is no American state; such a line is left as before
        "Kabul, Afghanistan - Two people were killed in a blast.",
        # no dash: a weather box's town and post code, not a dateline
        "Graysville, Ind. (47852) Cloudy today with a high of 40.",
    ],
)
def test_no_small_letter_dateline_without_state_and_dash(gazetteer: Gazetteer, text: str) -> None:
    assert find_dateline(text, gazetteer) is None
