"""Specs for a bare dateline's town that no list holds, read by the one state with a post office of its name,
and for the short names of big cities that local news writes ('KC')."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.build import GazetteerData
from kronika.geo.city_nicknames import add_city_nicknames
from kronika.geo.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param("KIDRON — A farmhand was hurt when a rifle went off.", "Kidron", "Ohio", id="em-dash"),
        pytest.param("SALTSBURG -- A boy was shot.", "Saltsburg", "Pennsylvania", id="two-hyphens"),
        pytest.param("TOONE (WBBJ) – A teen was wounded on Sunday.", "Toone", "Tennessee", id="credited"),
        pytest.param("Photo credit\nKILMICHAEL — Deputies found two men shot.", "Kilmichael", "Mississippi",
                     id="after-a-boilerplate-line"),
    ],
)  # fmt: skip
def test_a_bare_dateline_of_an_unlisted_town_is_read_by_its_lone_post_office(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None and (place.name, place.admin1, place.country) == (name, admin1, "USA")
    assert place.lat is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KIDRON: a farm town mourns its own.", id="a-label-before-a-colon"),
        pytest.param("CABLE — A girl was shot on the farm.", id="post-offices-in-two-states"),
        pytest.param("PINE GULCHWOOD — A man was hurt.", id="no-post-office"),
        pytest.param("UPDATE — Police have named the victim.", id="a-label-before-a-dash"),
    ],
)
def test_no_bare_dateline_town_without_one_post_office_state(gazetteer: Gazetteer, text: str) -> None:
    assert find_dateline(text, gazetteer) is None


def test_a_listed_dateline_town_is_read_as_before(gazetteer: Gazetteer) -> None:
    place = find_dateline("TOPEKA — A man was shot downtown.", gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Topeka", "Kansas")


def test_kc_is_kansas_city_missouri(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("KC")
    assert [(e.name, e.admin1, e.country) for e in found] == [("Kansas City", "Missouri", "USA")]


def test_a_nickname_goes_to_the_biggest_town_of_its_name_in_its_state() -> None:
    data = GazetteerData()
    small = data.add(("Riverton", "city", "USA", "Ohio", 40.0, -82.0, 900), {"riverton"})
    big = data.add(("Riverton", "city", "USA", "Ohio", 40.1, -82.1, 90_000), {"riverton"})
    other = data.add(("Riverton", "city", "USA", "Iowa", 41.0, -93.0, 500_000), {"riverton"})
    add_city_nicknames(data, (("RVT", "Riverton", "Ohio"), ("NOPE", "Nowhere", "Ohio")))
    assert data.index["rvt"] == [big]
    assert small not in data.index["rvt"] and other not in data.index["rvt"]
    assert "nope" not in data.index
