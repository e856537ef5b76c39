"""Specs for the one county a local story names where it names no town: 'Bartow County deputies were
called to a shooting' happened in Bartow County, not somewhere in the United States."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.story_county import counties_written, holds_town, story_county
from kronika.model import Article
from kronika.pipeline import Pipeline

NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Bartow County deputies were called to a farm.", {"Bartow County"}),
        ("The Gladwin County sheriff says a boy was hurt.", {"Gladwin County"}),  # 'The' is no part of it
        ("Deputies in St. Louis County said so.", {"Saint Louis County"}),  # as the gazetteer spells it
        ("A DeKalb County officer and a Lafourche Parish deputy.", {"DeKalb County", "Lafourche Parish"}),
        ("Two Bartow County hunters were hurt.", {"Bartow County"}),  # the words opening a sentence too
        ("The county sheriff said a man was shot.", set()),  # no county named
        ("Nowhere County deputies were called.", set()),  # no American county of that name
    ],
)
def test_the_counties_a_text_writes_are_read_by_their_name(
    gazetteer: Gazetteer, text: str, written: set[str]
) -> None:
    assert counties_written(gazetteer, text) == written


@pytest.mark.parametrize(
    ("text", "states", "station_state", "county", "state"),
    [
        # the only county of its name
        ("Two hunters were hurt in Bartow County on Friday.", NONE, None, "Bartow County", "Georgia"),
        ("The Gladwin County sheriff says a girl was wounded.", NONE, None, "Gladwin County", "Michigan"),
        # a name several states give a county: the one of the state the story writes
        (
            "Pierce County deputies say a man in Wisconsin was shot.",
            {"Wisconsin"},
            None,
            "Pierce County",
            "Wisconsin",
        ),
        # else the one of the state of the station reporting it
        ("Pierce County deputies say a man was shot.", NONE, "Washington", "Pierce County", "Washington"),
    ],
)
def test_a_story_naming_one_county_is_placed_there(
    gazetteer: Gazetteer,
    text: str,
    states: frozenset[str],
    station_state: str | None,
    county: str,
    state: str,
) -> None:
    found = story_county(gazetteer, text, frozenset(states), station_state)
    assert found is not None and (found.name, found.admin1) == (county, state)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Pierce County deputies say a man was shot.", NONE),  # five states have one: which is not told
        ("Bartow County and Polk County deputies searched the woods.", NONE),  # two counties: which?
        ("The county sheriff said a man was shot.", NONE),  # none named
        ("Nowhere County deputies were called.", NONE),  # no such county
    ],
)
def test_no_county_is_chosen_where_the_story_does_not_tell_which(
    gazetteer: Gazetteer, text: str, states: frozenset[str]
) -> None:
    assert story_county(gazetteer, text, states, None) is None


@pytest.mark.parametrize(
    ("county", "state", "town", "inside"),
    [
        ("East Baton Rouge Parish", "Louisiana", "Baton Rouge", True),
        ("Bartow County", "Georgia", "Cartersville", True),
        ("Bartow County", "Georgia", "Atlanta", False),  # 60 km off
        ("Pierce County", "Washington", "Tacoma", True),
        ("Pierce County", "Wisconsin", "Tacoma", False),  # another state
    ],
)
def test_a_town_lies_in_a_county_near_its_centre_in_its_state(
    gazetteer: Gazetteer, county: str, state: str, town: str, inside: bool
) -> None:
    [entry] = [e for e in gazetteer.lookup(county, kind="admin2", country="USA") if e.admin1 == state]
    place = max(gazetteer.lookup(town, kind="city", country="USA"), key=lambda e: e.population)
    assert holds_town(entry, place) is inside


def test_an_event_told_with_no_town_is_placed_in_the_county_its_story_names(pipeline: Pipeline) -> None:
    text = (
        "Bartow County deputies were called to a hunting camp on Saturday. "
        "A 40-year-old man was wounded in the shoulder, the sheriff's office said."
    )
    mentions = pipeline.mentions(Article("t", text, published=date(2018, 11, 5)))
    placed = {(m.location.name, m.location.admin1) for m in mentions if m.location is not None}
    assert ("Bartow County", "Georgia") in placed
    assert all(name != "United States" for name, _ in placed)
