"""Specs for the town a local headline names as its scene: a story whose body placed its events in another
town of that town's area happened in the headline's town."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.headline_scene import headline_scene
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Place, Span

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
LITTLE_ROCK = Place("Little Rock", "USA", "Arkansas", 34.75, -92.29, "city")
PORTLAND = Place("Portland", "USA", "Oregon", 45.52, -122.68, "city")
BOSTON = Place("Boston", "USA", "Massachusetts", 42.36, -71.06, "city")
BROCKTON = Place("Brockton", "USA", "Massachusetts", 42.08, -71.02, "city")
DALLAS = Place("Dallas", "USA", "Texas", 32.78, -96.81, "city")
PULASKI = Place("Pulaski County", "USA", "Arkansas", 34.77, -92.31, "admin1")


def mention(place: Place | None) -> EventMention:
    """A made-up shooting placed at `place`."""
    sentence = "A boy was shot at his home on Saturday."
    return EventMention(
        article_id="a1",
        type=SHOOTING,
        date=EventDate(date(2016, 6, 4), "day", "Saturday"),
        location=place,
        actors=(),
        targets=(),
        casualties=Casualties(None, 1),
        evidence=Evidence("a1", sentence, 0, len(sentence)),
        trigger=Span(10, 14, "shot"),
        historical=False,
        confidence=0.9,
    )


@pytest.mark.parametrize(
    ("title", "place", "town", "admin1"),
    [
        # the headline gives no state: the namesake near the body's town is meant (Arkansas's Benton)
        ("Boy hurt in Benton shooting", LITTLE_ROCK, "Benton", "Arkansas"),
        ("Sandy woman wounded at home", PORTLAND, "Sandy", "Oregon"),  # the home of the people in the news
    ],
)
def test_the_headlines_town_in_the_body_towns_area_is_the_scene(
    gazetteer: Gazetteer, title: str, place: Place, town: str, admin1: str
) -> None:
    found = headline_scene([mention(place)], title, "USA", gazetteer)[0].location
    assert found is not None and (found.name, found.admin1) == (town, admin1)


@pytest.mark.parametrize(
    ("title", "place", "focus"),
    [
        pytest.param("Teen hurt in Houston shooting", DALLAS, "USA", id="a town far off is another story's"),
        pytest.param("Man shot in Cambridge", BOSTON, "USA", id="a town close by may be the same spot"),
        pytest.param("Man shot in Dorchester", BROCKTON, "USA", id="a big city's listed part is left to it"),
        pytest.param("Boy hurt in Benton shooting", PULASKI, "USA", id="a county is no town to swap"),
        pytest.param("Boy hurt in Benton shooting", LITTLE_ROCK, "GBR", id="only American local news"),
        pytest.param("Boy hurt in shooting", LITTLE_ROCK, "USA", id="a headline naming no town"),
        pytest.param(None, LITTLE_ROCK, "USA", id="no headline"),
    ],
)
def test_the_body_place_stays(gazetteer: Gazetteer, title: str | None, place: Place, focus: str) -> None:
    assert headline_scene([mention(place)], title, focus, gazetteer)[0].location == place


def test_an_event_placed_nowhere_stays_so(gazetteer: Gazetteer) -> None:
    assert (
        headline_scene([mention(None)], "Boy hurt in Benton shooting", "USA", gazetteer)[0].location is None
    )
