"""Specs for a road named by the town it leads to: a blockade of 'the Marj road' is placed at Marj."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.road_towns import names_road


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        pytest.param("Farmers blocked the el Marj road with tyres.", "el Marj", True, id="road-after-the"),
        pytest.param("Drivers shut the Chtaura highway for an hour.", "Chtaura", True, id="highway"),
        pytest.param("Youths gathered in Chtaura near the road.", "Chtaura", False, id="town-in-a-phrase"),
        pytest.param("Police blocked Marj road traffic.", "Marj", False, id="no-article-no-road-of-a-town"),
    ],
)
def test_a_name_between_the_and_road_is_the_road_to_a_town(text: str, name: str, named: bool) -> None:
    start = text.index(name)
    assert names_road(text, start, start + len(name)) is named


def test_a_blockade_of_a_road_named_after_a_town_is_placed_at_the_town(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Protesters angry at prices blocked the el Marj road on Monday.", 0, "LBN")
    assert place is not None and (place.entry.name, place.entry.admin1) == ("Marj", "Bekaa")


def test_a_road_to_a_town_abroad_places_nothing(gazetteer: Gazetteer) -> None:
    assert best_chain(gazetteer, "Protesters blocked the Tartus road on Monday.", 0, "LBN") is None
