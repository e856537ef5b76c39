"""Specs for American places read over a state line the article never crosses: a town beyond the
newsroom's area in another state than the one its dateline writes, and a county read from a bare name
in a state the article never names, give way to the article's own state."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.bare_counties import bare_county_town, counties_states
from kronika.geo.dateline import dateline_state
from kronika.model import Place

# stands in for the shipped ZIP code records: one post office, Vanduser's in California
POINTS = {("CA", "vanduser"): (41.5, -124.0)}


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param(
            "LONG BRANCH, NJ — A man shot his wife and two sons in their Jersey Shore home, then set it on "
            "fire and killed himself, officials said Friday.",
            "Long Branch",
            "New Jersey",
            id="a-far-borough-of-an-unnamed-state-is-the-datelines-town",
        ),
        pytest.param(
            "LONG BRANCH, NJ — A man shot his wife in their home in Jersey Shore, Pennsylvania, on Friday.",
            "Jersey Shore",
            "Pennsylvania",
            id="a-town-written-with-its-state-stays",
        ),
        pytest.param(
            "LONG BRANCH — A man shot his wife and two sons in their Jersey Shore home on Friday.",
            "Jersey Shore",
            "Pennsylvania",
            id="a-dateline-writing-no-state-draws-no-line",
        ),
    ],
)
def test_a_town_over_the_datelines_state_line_gives_way_to_the_dateline(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None
    assert (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("LONG BRANCH, NJ — A man was shot.", "New Jersey"),
        ("TACOMA, Wash. (AP) — A man was shot.", "Washington"),
        ("TACOMA — A man was shot.", None),
        ("A man was shot in Tacoma, Wash., on Friday.", None),  # no dateline
    ],
)
def test_the_state_a_dateline_writes(gazetteer: Gazetteer, text: str, state: str | None) -> None:
    assert dateline_state(text, gazetteer) == state


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        pytest.param(
            "A 12-year-old Vanduser girl was shot on Saturday.",
            frozenset({"California"}),
            Place("Vanduser", "USA", "California", 41.5, -124.0, "city"),
            id="the-town-of-a-named-state",
        ),
        pytest.param(
            "A 12-year-old Vanduser girl was shot, Vanduser County deputies said.",
            frozenset({"California"}),
            None,
            id="a-county-written-with-its-word-stays",
        ),
        pytest.param(
            "A 12-year-old Vanduser girl was shot in Oregon on Saturday.",
            frozenset({"Oregon", "California"}),
            None,
            id="a-county-of-a-named-state-stays",
        ),
        pytest.param(
            "A 12-year-old Vanduser girl was shot on Saturday.",
            frozenset({"Nevada"}),
            None,
            id="no-town-of-the-name-in-a-named-state",
        ),
    ],
)
def test_a_bare_county_of_an_unnamed_state_gives_way_to_the_town_of_its_name(
    gazetteer: Gazetteer, text: str, named: frozenset[str], expected: Place | None
) -> None:
    county = Place("Vanduser County", "USA", "Oregon", 42.2, -121.8, "admin1")
    assert bare_county_town(county, text, named, gazetteer, POINTS) == (expected or county)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Friday. Del Norte County deputies responded.", {"California"}),  # the sentence's word left off
        ("the Del Norte County Sheriff's Office said", {"California"}),
        ("Washington County deputies responded.", set()),  # many states have one
    ],
)
def test_the_states_of_the_counties_an_article_writes(
    gazetteer: Gazetteer, text: str, states: set[str]
) -> None:
    assert counties_states(text, gazetteer) == states
