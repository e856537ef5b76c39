"""Specs for a province since split in two, named whole: read as its parts' shared region."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.split_units import split_unit


def test_a_split_province_named_whole_is_its_parts(gazetteer: Gazetteer) -> None:
    parts = split_unit(gazetteer, "Maguindanao")
    assert {e.name for e in parts} == {"Maguindanao del Norte", "Maguindanao del Sur"}


@pytest.mark.parametrize(
    "text",
    [
        "Lanao",  # its parts lie in two regions: no answer
        "Narnia",  # no parts at all
    ],
)
def test_no_parts_where_they_disagree_or_none_is_listed(gazetteer: Gazetteer, text: str) -> None:
    assert split_unit(gazetteer, text) == []


def test_a_town_before_a_split_province_is_placed_in_its_region(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Two clans clashed in Kalbugan, Maguindanao, on Sunday.", 0, None)
    assert place is not None
    assert place.entry.admin1 == "Bangsamoro Autonomous Region in Muslim Mindanao"
