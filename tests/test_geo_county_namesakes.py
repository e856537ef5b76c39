"""Specs for the namesake county a local story means where it names the county's town but not its state:
'Monroe County deputies' in a story that names East Stroudsburg are Pennsylvania's, not New York's."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.county_namesakes import county_namesake
from kronika.model import Place

NONE: frozenset[str] = frozenset()


def _county(gazetteer: Gazetteer, name: str, state: str) -> Place:
    """The county of that name in that state, as the pipeline places an event there."""
    counties = gazetteer.lookup(name, kind="admin2", country="USA")
    return next(c for c in counties if c.admin1 == state).to_place()


@pytest.mark.parametrize(
    ("text", "read_in", "state"),
    [
        # the story names a town of another namesake county, and none of the county as read
        (
            "Monroe County deputies were called to a farm outside East Stroudsburg.",
            "New York",
            "Pennsylvania",
        ),
        (
            "Pupils of the Stroudsburg Area School District were told of it. Monroe County police came.",
            "New York",
            "Pennsylvania",
        ),  # a town named inside a longer run of capitalised words
    ],
)
def test_a_county_moves_to_the_namesake_holding_a_town_the_story_names(
    gazetteer: Gazetteer, text: str, read_in: str, state: str
) -> None:
    place = county_namesake(_county(gazetteer, "Monroe County", read_in), text, NONE, gazetteer)
    assert (place.name, place.admin1) == ("Monroe County", state)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # the county as read holds a town the story names
        ("Monroe County deputies drove from Rochester to a farm near East Stroudsburg.", NONE),
        # the story writes the county's state
        ("Monroe County deputies in New York were called to East Stroudsburg Road.", frozenset({"New York"})),
        # no town named at all
        ("Monroe County deputies were called to a farm on Sunday.", NONE),
    ],
)
def test_a_county_stays_as_read_without_a_town_telling_another(
    gazetteer: Gazetteer, text: str, states: frozenset[str]
) -> None:
    read = _county(gazetteer, "Monroe County", "New York")
    assert county_namesake(read, text, states, gazetteer) == read


def test_a_town_is_never_moved(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup("Rochester", kind="city", country="USA")[0].to_place()
    assert county_namesake(town, "A man was shot near East Stroudsburg.", NONE, gazetteer) == town
