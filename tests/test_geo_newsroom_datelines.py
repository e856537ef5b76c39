"""Specs for a newsroom's dateline: a city the story names nowhere past its dateline (but for a hospital the
hurt were taken to) gives way to the smaller town of its state that the story names most; a dateline named
again, or at a town smaller than the one the body names, stands."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.newsroom_datelines import newsroom_dateline
from kronika.model import Place


def _town(gazetteer: Gazetteer, name: str | None, state: str) -> Place | None:
    """The listed town of the name in the American state (None for no name)."""
    if name is None:
        return None
    towns = gazetteer.lookup(name, kind="city", country="USA")
    return next(t.to_place() for t in towns if t.admin1 == state and t.name == name)


@pytest.mark.parametrize(
    ("text", "main", "expected"),
    [
        pytest.param("SPRINGFIELD — A boy was hurt.", "Chatham", "Chatham", id="named-only-in-the-dateline"),
        pytest.param(
            "SPRINGFIELD — A boy was hurt. He was taken to a Springfield hospital.",
            "Chatham", "Chatham", id="and-as-a-hospitals-town",
        ),
        pytest.param(
            "SPRINGFIELD — A boy was hurt. Springfield police said he will recover.",
            "Chatham", None, id="named-again-in-the-body",
        ),
        pytest.param("SPRINGFIELD — A boy was hurt.", None, None, id="no-other-town"),
        pytest.param(
            "SPRINGFIELD — A boy was hurt.",
            "Chicago", None, id="a-bigger-town",
        ),
        pytest.param(
            "SPRINGFIELD — A boy was hurt.",
            "Joplin", None, id="another-state",
        ),
    ],
)  # fmt: skip
def test_a_dateline_named_nowhere_else_gives_way_to_a_smaller_town_of_its_state(
    gazetteer: Gazetteer, text: str, main: str | None, expected: str | None
) -> None:
    dateline = _town(gazetteer, "Springfield", "Illinois")
    assert dateline is not None
    town = _town(gazetteer, main, "Missouri" if main == "Joplin" else "Illinois")
    assert newsroom_dateline(gazetteer, dateline, text, town) == _town(gazetteer, expected, "Illinois")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "SPRINGFIELD, Ill. (WXYZ) - A teenager was wounded by a stray bullet late on Friday, police say. "
            "The Taylorville Police Department says the shot came from a passing car on Court Street. He "
            "was taken to a Springfield hospital.",
            "Taylorville", id="a-stations-city",
        ),
        pytest.param(
            "SPRINGFIELD, Ill. (WXYZ) - A teenager was wounded by a stray bullet late on Friday, police say. "
            "The Taylorville Police Department says the shot came from a passing car on Court Street. "
            "Springfield police are helping them look for it.",
            "Springfield", id="the-dateline-named-again",
        ),
    ],
)  # fmt: skip
def test_a_stations_dateline_gives_way_to_the_town_its_story_tells(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "wounded")
    assert place is not None and (place.name, place.admin1) == (town, "Illinois")
