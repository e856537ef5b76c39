"""Specs for scoring one record per real event across articles (GVA incidents, NewsWCL50 stories)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention

from kronika.dedup.merge import merge_mentions
from kronika.evaluation.dedup import incident_articles, score_incidents, stored_one_by_one, story_rows
from kronika.evaluation.gva import GvaItem
from kronika.model import Article, Casualties, Event, EventDate, EventType, Evidence, Place

SHOOTING = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
DAY = date(2019, 6, 2)


def item(article: str, incident: str, killed: int = 1, injured: int = 0) -> GvaItem:
    """An article about an incident, with the archive's counts."""
    return GvaItem(article, incident, None, "text", DAY, DAY, "Dayton", killed, injured, "Ohio")


def record(eid: str, articles: tuple[str, ...], killed: int | None = 1, injured: int | None = None) -> Event:
    """A merged record listing its articles."""
    return Event(
        type=SHOOTING,
        date=EventDate(DAY, "day", "test"),
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(killed, injured),
        historical=False,
        confidence=0.7,
        id=eid,
        articles=articles,
        evidence=tuple(Evidence(a, "A man was shot.", 0, 15) for a in articles),
    )


def figures(items: list[GvaItem], events: list[Event]) -> dict[str, float | None]:
    """The scored figures by metric name."""
    return {row.metric: row.value for row in score_incidents(items, events).rows}


TWO_INCIDENTS = [item("a", "i1"), item("b", "i1"), item("c", "i1"), item("d", "i2"), item("e", "i2")]


@pytest.mark.parametrize(
    ("events", "whole", "pairs", "mixing"),
    [
        ([record("x", ("a", "b", "c")), record("y", ("d", "e"))], 1.0, 1.0, 0.0),
        ([record("x", ("a", "b")), record("z", ("c",)), record("y", ("d", "e"))], 0.5, 2 / 4, 0.0),
        ([record("x", ("a", "b", "c", "d", "e"))], 1.0, 1.0, 1.0),  # all one record: joined, but mixed
        ([record("x", ("a",)), record("y", ("b",)), record("z", ("c", "d"))], 0.0, 0.0, 1.0),
    ],
)
def test_incidents_score_joined_articles_and_mixed_records(
    events: list[Event], whole: float, pairs: float, mixing: float
) -> None:
    got = figures(TWO_INCIDENTS, events)
    assert got["incidents told as one record"] == whole
    assert got["article pairs of one incident on one record"] == pytest.approx(pairs)
    assert got["records of several articles mixing incidents"] == mixing


def test_an_article_is_scored_on_its_deadliest_merged_record() -> None:
    items = [item("a", "i1", killed=1, injured=2), item("b", "i1", killed=1, injured=2)]
    events = [record("x", ("a", "b"), killed=1, injured=2), record("y", ("b",), killed=0, injured=1)]
    assert figures(items, events)["killed and injured, articles merged"] == 1.0
    fewer = [record("x", ("a", "b"), killed=1, injured=None)]
    assert figures(items, fewer)["killed and injured, articles merged"] == 0.0


def test_the_sample_keeps_an_incidents_articles_together_and_leaves_single_ones_out() -> None:
    items = [item(f"{n}{k}", f"i{n}") for n in range(6) for k in range(n % 3 + 1)]
    chosen = incident_articles(items, limit=100)
    assert {i.incident for i in chosen} == {"i1", "i2", "i4", "i5"}  # i0 and i3 have one article each
    runs = [incident for incident, _ in itertools.groupby(i.incident for i in chosen)]
    assert len(runs) == len(set(runs))  # each incident's articles in one run
    first = sum(1 for i in chosen if i.incident == runs[0])
    later = incident_articles(items, limit=100, skip=first)
    assert [i.id for i in later] == [i.id for i in chosen[first:]]
    assert [i.incident for i in incident_articles(items, limit=1)] == [runs[0]] * first


@pytest.mark.parametrize(
    ("articles", "same", "mixing"),
    [
        ([("s1a", "s1b"), ("s2a", "s2b")], 1.0, 0.0),
        ([("s1a",), ("s1b",), ("s2a", "s2b")], 0.5, 0.0),
        ([("s1a", "s2a"), ("s1b",), ("s2b",)], 0.0, 1.0),
    ],
)
def test_stories_score_shared_records_and_mixed_ones(
    articles: list[tuple[str, ...]], same: float, mixing: float
) -> None:
    story = {"s1a": "1", "s1b": "1", "s2a": "2", "s2b": "2"}
    events = [record(f"r{n}", told) for n, told in enumerate(articles)]
    rows = {row.metric: row.value for row in story_rows(story, events)}
    assert rows["NewsWCL50 article pairs of one story sharing a record"] == same
    assert rows["NewsWCL50 multi-article records mixing stories"] == mixing


def test_articles_stored_one_at_a_time_give_the_records_of_one_batch() -> None:
    dayton = Place("Dayton", "USA", "Ohio", 39.76, -84.19, "city")
    when = EventDate(DAY, "day", "test")
    told = [
        replace(made_up_mention(SHOOTING, Casualties(1, 2), text, when), article_id=a, location=dayton)
        for a, text in (
            ("late", "Police said a man died and two were hurt."),
            ("early", "A man was shot dead."),
        )
    ]
    told = [replace(m, evidence=replace(m.evidence, article=m.article_id)) for m in told]
    articles = [
        Article(m.article_id, m.evidence.text, published=day)
        for m, day in zip(told, (date(2019, 6, 4), DAY), strict=True)
    ]
    stored = stored_one_by_one(articles, [[m] for m in told])
    assert [e.articles for e in stored] == [e.articles for e in merge_mentions(told)] == [("early", "late")]
