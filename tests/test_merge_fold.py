"""Specs for folding one article's assault told twice: two of its records with one toll are one record."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dedup.build import event_id
from kronika.dedup.merge import merge_mentions
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Place, Span

# two towns far apart in one state: the pairwise merge reads them as two places; and one in another state
ELMWOOD = Place("Elmwood", "USA", "Ohio", 40.0, -83.0, "city")
LIMA = Place("Lima", "USA", "Ohio", 40.74, -84.11, "city")
CEDAR_FALLS = Place("Cedar Falls", "USA", "Iowa", 42.5, -92.4, "city")
SHOOTING = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
BEATING = EventType("ASSAULT", "beat", "Violence against civilians", "Attack")
SAT = EventDate(date(2021, 5, 1), "day", "'Saturday' before publication")
SUN = EventDate(date(2021, 5, 2), "day", "'Sunday' before publication")
UNDATED = EventDate(None, None, "unknown: no time expression")
ONE_DEAD = Casualties(1, None)
ONE_DEAD_ONE_HURT = Casualties(1, 1)


def told(
    start: int,
    where: Place | None = ELMWOOD,
    when: EventDate = SAT,
    toll: Casualties = ONE_DEAD,
    kind: EventType = SHOOTING,
    article: str = "a1",
    historical: bool = False,
) -> EventMention:
    """A hand-made mention of a killing; its evidence is a sentence of our own at `start`."""
    text = f"Sentence {start} of {article}: a man was shot dead near the park."
    return EventMention(
        article_id=article,
        type=kind,
        date=when,
        location=where,
        actors=(),
        targets=(),
        casualties=toll,
        evidence=Evidence(article, text, start, start + len(text)),
        trigger=Span(start + 20, start + 24, "shot"),
        historical=historical,
        confidence=0.6,
    )


# the main telling: two sentences in Elmwood; the second telling misreads another town
MAIN = [told(0), told(100, toll=Casualties())]

FOLDED = [
    pytest.param([*MAIN, told(300, where=LIMA)], id="a second town read for the same dead"),
    pytest.param([*MAIN, told(300, where=LIMA, when=UNDATED)], id="one telling undated"),
    pytest.param([*MAIN, told(300, kind=BEATING, where=LIMA)], id="a beating and a shooting"),
    pytest.param([*MAIN, told(300, where=None)], id="a telling placed nowhere"),
]


@pytest.mark.parametrize("mentions", FOLDED)
def test_one_articles_two_tellings_of_one_toll_are_one_record(mentions: list[EventMention]) -> None:
    events = merge_mentions(mentions)
    assert len(events) == 1
    (event,) = events
    # the telling the article gives most sentences leads: its place, its type and its day stand
    assert (event.location, event.type, event.date, event.casualties) == (ELMWOOD, SHOOTING, SAT, ONE_DEAD)
    assert event.evidence[0] == MAIN[0].evidence and len(event.evidence) == 3
    assert event.id == event_id(MAIN[0])


APART = [
    pytest.param([*MAIN, told(300, where=LIMA, toll=Casualties(2, None))], id="another toll"),
    pytest.param([*MAIN, told(300, where=CEDAR_FALLS)], id="the same toll told in another state"),
    pytest.param([*MAIN, told(300, where=LIMA, when=SUN)], id="the same toll told on another day"),
    pytest.param([*MAIN, told(300, where=LIMA, toll=ONE_DEAD_ONE_HURT)], id="another count of hurt"),
    pytest.param(
        [told(0, toll=Casualties(0, 1)), told(300, where=LIMA, toll=Casualties(0, 1))],
        id="no one dead: two woundings are as often two",
    ),
    pytest.param([*MAIN, told(300, where=LIMA, historical=True)], id="a past killing recalled"),
    pytest.param([*MAIN, told(300, where=LIMA, article="a2")], id="two articles"),
    pytest.param([*MAIN, told(300, where=LIMA, kind=EventType("COERCE", "arrest"))], id="not an assault"),
]


@pytest.mark.parametrize("mentions", APART)
def test_other_tolls_days_articles_or_kinds_stay_apart(mentions: list[EventMention]) -> None:
    assert len(merge_mentions(mentions)) == 2


def test_an_undated_telling_does_not_join_two_days() -> None:
    mentions = [*MAIN, told(300, where=None, when=UNDATED), told(500, where=LIMA, when=SUN)]
    events = merge_mentions(mentions)
    # Saturday's record takes the undated telling; Sunday's stays apart (no chaining through it)
    assert sorted(len(e.evidence) for e in events) == [1, 3]
    assert {e.date for e in events} == {SAT, SUN}


def test_folding_does_not_depend_on_input_order() -> None:
    mentions = [*MAIN, told(300, where=LIMA, when=UNDATED)]
    assert merge_mentions(mentions) == merge_mentions(mentions[::-1])
