"""Specs for the day of an attack a news report dates no other way: a report under a headline none of
whose current events any expression dates tells its attack on the day it was published."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.news_day import news_day
from kronika.model import Article, Casualties, EventDate, EventMention, EventType, Evidence, Span
from kronika.pipeline import Pipeline

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
ARREST = EventType("COERCE", "arrest", None, None)
PUBLISHED = date(2016, 3, 9)
UNDATED = EventDate(None, None, "unknown: no time expression in the sentence")
TUESDAY = EventDate(date(2016, 3, 8), "day", "'Tuesday' relative to publication 2016-03-09")
HEADLINE = "Two hurt in shooting outside corner store"


def mention(
    kind: EventType = SHOOTING, when: EventDate = UNDATED, *, historical: bool = False
) -> EventMention:
    """A made-up event of one article."""
    sentence = "Two men were shot outside a corner store."
    return EventMention(
        article_id="a1",
        type=kind,
        date=when,
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(None, 2),
        evidence=Evidence("a1", sentence, 0, len(sentence)),
        trigger=Span(13, 17, "shot"),
        historical=historical,
        confidence=0.9,
    )


def test_an_undated_attack_under_a_headline_is_dated_to_the_report() -> None:
    found = news_day([mention()], PUBLISHED, HEADLINE)[0].date
    assert (found.value, found.precision) == (PUBLISHED, "day")
    assert "the day of the report" in found.reason


@pytest.mark.parametrize(
    ("told", "published", "headline"),
    [
        pytest.param([mention(), mention(when=TUESDAY)], PUBLISHED, HEADLINE, id="another event is dated"),
        pytest.param([mention()], PUBLISHED, None, id="a coder's note has no headline"),
        pytest.param([mention()], None, HEADLINE, id="no day of publication"),
    ],
)
def test_an_attack_is_left_undated(
    told: list[EventMention], published: date | None, headline: str | None
) -> None:
    assert news_day(told, published, headline)[0].date == UNDATED


def test_only_attacks_take_the_day_of_the_report() -> None:
    arrest = news_day([mention(ARREST)], PUBLISHED, HEADLINE)[0]
    assert arrest.date == UNDATED


def test_a_dated_background_event_leaves_the_report_undated() -> None:
    old = EventDate(date(2009, 5, 15), "day", "'May 15, 2009' stated in the text")
    told = news_day([mention(), mention(when=old, historical=True)], PUBLISHED, HEADLINE)
    assert told[0].date.value == PUBLISHED
    assert told[1].date == old


def test_a_page_telling_its_shooting_only_in_its_headline_is_dated_to_the_report(pipeline: Pipeline) -> None:
    article = Article(
        id="p1",
        text="Three shot outside a birthday party on Elm Street.\n\nSign up for our newsletter.",
        title="Three shot outside a birthday party on Elm Street",
        published=PUBLISHED,
    )
    shootings = [m for m in pipeline.mentions(article) if m.type.plover == "ASSAULT"]
    assert shootings and all(m.date.value == PUBLISHED for m in shootings)
