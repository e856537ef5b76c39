"""Specs for the headline's town taking the place of an American place read in a state the article
never names: 'in Rogers Park' under '2 shot at Murfreesboro park' is the Tennessee town's park."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.headline_state import headline_state_town
from kronika.model import Article, Place
from kronika.pipeline import Pipeline

CHICAGO = Place("Chicago", "USA", "Illinois", 41.85, -87.65, "city")
PRINCE_GEORGE_VA = Place("Prince George", "USA", "Virginia", 37.22, -77.29, "city")
LEXINGTON_KY = Place("Lexington", "USA", "Kentucky", 38.05, -84.46, "city")
KENYA = Place("Kenya", "KEN", None, 0.5, 37.9, "country")
SACRAMENTO = Place("Sacramento", "USA", "California", 38.58, -121.49, "city")
MEMPHIS_PAGE = "Boy hurt as gunman fires at his father - WMC Action News 5 - Memphis, Tennessee"


@pytest.mark.parametrize(
    ("place", "title", "states", "station", "name"),
    [
        # the headline's town lies in the station's state; the place read lies in a state never named
        (CHICAGO, "Two hurt in Murfreesboro park shooting", frozenset(), "Tennessee", "Murfreesboro"),
        # ... or in a state the article writes ('Clinton, Md.')
        (PRINCE_GEORGE_VA, "Teen shot dead in Clinton", frozenset({"Maryland"}), None, "Clinton"),
        # the place's own state is named: the place stands
        (CHICAGO, "Two hurt in Murfreesboro park shooting", frozenset({"Illinois"}), "Tennessee", "Chicago"),
        (CHICAGO, "Two hurt in Murfreesboro park shooting", frozenset(), "Illinois", "Chicago"),
        # the headline's town lies in no state the article names: no ground to prefer it
        (CHICAGO, "Two hurt in Murfreesboro park shooting", frozenset(), None, "Chicago"),
        (CHICAGO, "Two hurt in Murfreesboro park shooting", frozenset({"Ohio"}), None, "Chicago"),
        # a headline naming the town only by its own police names it as well
        (
            CHICAGO,
            "Murfreesboro police seek gunman after park shooting",
            frozenset(),
            "Tennessee",
            "Murfreesboro",
        ),
        (
            CHICAGO,
            "Murfreesboro Police: teen hurt by stray bullet",
            frozenset({"Tennessee"}),
            None,
            "Murfreesboro",
        ),
        # ... but not a county's sheriff, nor that police's town in a state the article never names
        (CHICAGO, "Rutherford County sheriff seeks gunman", frozenset(), "Tennessee", "Chicago"),
        (CHICAGO, "Murfreesboro police seek gunman after park shooting", frozenset(), None, "Chicago"),
        # no town beside a word of place in the headline
        (CHICAGO, "Police seek gunman after park shooting", frozenset(), "Tennessee", "Chicago"),
        # a headline town of the place's own state is left to the other rules
        (LEXINGTON_KY, "Man wounded in Louisville shooting", frozenset({"Georgia"}), None, "Lexington"),
        # a place known only by its country is not a town read in a state
        (KENYA, "Two hurt in Murfreesboro park shooting", frozenset(), "Tennessee", "Kenya"),
        # the page's site part names the station's town, not the scene
        (SACRAMENTO, MEMPHIS_PAGE, frozenset({"Tennessee"}), None, "Sacramento"),
        # no headline at all (an ACLED note)
        (CHICAGO, None, frozenset(), "Tennessee", "Chicago"),
    ],
)
def test_a_headline_town_of_a_named_state_beats_a_place_of_an_unnamed_one(
    gazetteer: Gazetteer,
    place: Place,
    title: str | None,
    states: frozenset[str],
    station: str | None,
    name: str,
) -> None:
    assert headline_state_town(place, title, states, station, gazetteer).name == name


@pytest.mark.parametrize(
    ("title", "text", "name", "state"),
    [
        (
            "Teen wounded at Murfreesboro park - WSMV Channel 4",
            "Officers in Murfreesboro said a gunman shot a teenager in Rogers Park on Tuesday evening.\n\n"
            "A teenager was hurt at Rogers Park, an officer wrote online. He is expected to recover.",
            "Murfreesboro",
            "Tennessee",
        ),
        # the big city's own state written: its quarter stands
        (
            "Teen wounded in park shooting",
            "Chicago, Illinois police said a gunman shot a teenager in Rogers Park on Tuesday evening.\n\n"
            "He is expected to recover.",
            "Chicago",
            "Illinois",
        ),
    ],
)
def test_an_american_story_is_placed_at_its_headline_town_of_a_named_state(
    pipeline: Pipeline, title: str, text: str, name: str, state: str
) -> None:
    article = Article("headline-state", text, title=title)
    events = [m for mentions in pipeline.article_mentions([article]) for m in mentions]
    assert events and all(e.location is not None for e in events)
    assert {(e.location.name, e.location.admin1) for e in events if e.location} == {(name, state)}
