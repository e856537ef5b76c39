"""Specs for the town a local story's events happened in: an event American local news places only in the
country takes the town the article's other events are placed in."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.geo.story_town import story_town
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Place, Span

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
SATURDAY = EventDate(date(2020, 6, 6), "day", "Saturday")
USA = Place("United States", "USA", "District of Columbia", None, None, "country")
VANDUSER = Place("Vanduser", "USA", "Missouri", None, None, "city")
SIKESTON = Place("Sikeston", "USA", "Missouri", 36.88, -89.59, "city")
COUNTY = Place("Scott County", "USA", "Missouri", 37.05, -89.56, "admin1")
KENYA = Place("Kenya", "KEN", "Nairobi", None, None, "country")
NAIROBI = Place("Nairobi", "KEN", "Nairobi", -1.28, 36.82, "city")


def mention(place: Place | None, *, historical: bool = False) -> EventMention:
    """A made-up shooting placed at `place`."""
    sentence = "A girl was shot in the chest on Saturday."
    return EventMention(
        article_id="a1",
        type=SHOOTING,
        date=SATURDAY,
        location=place,
        actors=(),
        targets=(),
        casualties=Casualties(None, 1),
        evidence=Evidence("a1", sentence, 0, len(sentence)),
        trigger=Span(11, 15, "shot"),
        historical=historical,
        confidence=0.9,
    )


@pytest.mark.parametrize(
    ("places", "focus", "first"),
    [
        pytest.param([USA, VANDUSER], "USA", VANDUSER, id="the country-only event takes the story's town"),
        pytest.param(
            [USA, SIKESTON, VANDUSER, VANDUSER], "USA", VANDUSER, id="the town named most is the story's"
        ),
        pytest.param([USA, SIKESTON, VANDUSER], "USA", SIKESTON, id="of towns named as often, the first"),
        pytest.param([USA, COUNTY], "USA", USA, id="a county is no town to take"),
        pytest.param([USA, USA], "USA", USA, id="no town named: the country stays"),
        pytest.param([KENYA, NAIROBI], "KEN", KENYA, id="only American local news is read as one town's"),
        pytest.param([USA, NAIROBI], "USA", USA, id="a town abroad is no town of the story"),
        pytest.param([KENYA, VANDUSER], "USA", VANDUSER, id="a local story's event told abroad by country"),
    ],
)
def test_country_only_event_takes_the_story_town(places: list[Place], focus: str, first: Place) -> None:
    assert story_town([mention(p) for p in places], focus)[0].location == first


def test_background_neither_gives_nor_takes_a_town() -> None:
    told = [mention(USA), mention(VANDUSER, historical=True), mention(USA, historical=True)]
    assert [m.location for m in story_town(told, "USA")] == [USA, VANDUSER, USA]


def test_background_event_keeps_its_country_beside_a_current_town() -> None:
    told = [mention(USA, historical=True), mention(VANDUSER)]
    assert [m.location for m in story_town(told, "USA")] == [USA, VANDUSER]


def test_a_town_named_like_one_of_the_articles_people_is_not_spread() -> None:
    told = [mention(USA), mention(VANDUSER)]
    assert story_town(told, "USA", frozenset({"vanduser"}))[0].location == USA
