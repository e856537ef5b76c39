"""Specs for the DuckDB store: round trip, idempotent adds, filters, rollback and cross-run merging."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from kronika import store as store_module
from kronika.dedup.merge import merge_mentions
from kronika.model import (
    Actor,
    Article,
    Casualties,
    Event,
    EventDate,
    EventMention,
    EventType,
    Evidence,
    Place,
    Span,
)
from kronika.store import EventFilter, EventStore, StoreResult

BISHKEK = Place("Bishkek", "KGZ", "Bishkek", 42.87, 74.59, "city")
ALMATY = Place("Almaty", "KAZ", "Almaty", 43.25, 76.95, "city")
PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
RESIGN = EventType("RETREAT", "resign")
MON = EventDate(date(2020, 10, 5), "day", "'Monday'")
TUE = EventDate(date(2020, 10, 6), "day", "'Tuesday'")
SEPT = EventDate(date(2020, 9, 20), "day", "'20 September'")


def mention(
    article: str,
    start: int,
    kind: EventType,
    when: EventDate,
    where: Place | None,
    who: str,
    toll: Casualties | None = None,
) -> EventMention:
    """A hand-made mention with a sentence of our own as its evidence."""
    text = f"In {article}, sentence {start}: {who} did something."
    return EventMention(
        article_id=article,
        type=kind,
        date=when,
        location=where,
        actors=(Actor(who, who),),
        targets=(),
        casualties=toll or Casualties(),
        evidence=Evidence(article, text, start, start + len(text)),
        trigger=Span(start, start + 2, "In"),
        historical=False,
        confidence=0.5,
    )


def article(article_id: str, text: str = "") -> Article:
    """An article whose text is its own."""
    text = text or f"The text of {article_id}."
    return Article(article_id, text, title=f"Title {article_id}", published=date(2020, 10, 6))


FIRST_RUN = merge_mentions(
    [
        mention("a1", 0, PROTEST, MON, BISHKEK, "protesters", Casualties(1, 700)),
        mention("a1", 100, RESIGN, TUE, BISHKEK, "Kubatbek Boronov"),
        mention("a1", 200, PROTEST, SEPT, ALMATY, "students"),
    ]
)
ARTICLES = [article("a1")]


@pytest.fixture
def db(tmp_path: Path) -> EventStore:
    """A fresh store holding the first run."""
    store = EventStore(tmp_path / "events.duckdb")
    store.add(ARTICLES, FIRST_RUN)
    return store


def by_id(events: list[Event]) -> list[Event]:
    """Events in id order, for comparisons."""
    return sorted(events, key=lambda e: e.id)


def test_events_come_back_exactly_as_stored(db: EventStore) -> None:
    assert by_id(db.events(EventFilter())) == by_id(FIRST_RUN)
    assert db.articles_count() == 1 and db.events_count() == 3


def test_the_store_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "kept.duckdb"
    with EventStore(path) as store:
        store.add(ARTICLES, FIRST_RUN)
    with EventStore(path) as store:
        assert by_id(store.events(EventFilter())) == by_id(FIRST_RUN)


def test_adding_the_same_run_twice_changes_nothing(db: EventStore) -> None:
    assert db.add(ARTICLES, FIRST_RUN) == StoreResult(0, 0, 0)
    assert db.events_count() == 3 and db.articles_count() == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(country="KGZ"), 2),
        (EventFilter(country="KAZ"), 1),
        (EventFilter(since=date(2020, 10, 1)), 2),
        (EventFilter(until=date(2020, 10, 5)), 2),
        (EventFilter(since=date(2020, 10, 6), until=date(2020, 10, 6)), 1),
        (EventFilter(type="PROTEST"), 2),
        (EventFilter(type="RETREAT", country="KAZ"), 0),
        (EventFilter(acled_event_type="Protests"), 2),
        (EventFilter(article="a1"), 3),
        (EventFilter(article="zz"), 0),
        (EventFilter(text="BORONOV did"), 1),
        (EventFilter(min_confidence=0.5), 3),
        (EventFilter(min_confidence=0.6), 0),
        (EventFilter(min_realis=0.0), 0),  # none of them was scored
        (EventFilter(limit=2), 2),
    ],
)
def test_filters_select_events(db: EventStore, filters: EventFilter, expected: int) -> None:
    assert len(db.events(filters)) == expected


def test_filtered_events_match_the_filter(db: EventStore) -> None:
    kgz = db.events(EventFilter(country="KGZ", type="PROTEST"))
    assert [(e.type.plover, e.location.country if e.location else None) for e in kgz] == [("PROTEST", "KGZ")]


@pytest.mark.parametrize(
    ("historical", "expected"),
    [(None, ["news", "background"]), (False, ["news"]), (True, ["background"])],
)
def test_background_events_are_kept_apart_from_the_news_on_request(
    tmp_path: Path, historical: bool | None, expected: list[str]
) -> None:
    news = mention("h1", 0, PROTEST, TUE, BISHKEK, "news")
    background = replace(mention("h1", 300, PROTEST, SEPT, ALMATY, "background"), historical=True)
    with EventStore(tmp_path / "history.duckdb") as store:
        store.add([article("h1")], merge_mentions([news, background]))
        found = store.events(EventFilter(historical=historical))
    assert sorted(e.actors[0].name for e in found) == sorted(expected)


def test_a_failure_midway_leaves_the_database_as_it_was(
    db: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = merge_mentions(
        [
            mention("b2", 0, PROTEST, SEPT, BISHKEK, "farmers"),
            mention("b2", 90, RESIGN, SEPT, ALMATY, "a mayor"),
        ]
    )
    calls: list[Event] = []
    original = EventStore._insert_event

    def fail_on_second(self: EventStore, event: Event) -> None:
        calls.append(event)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        original(self, event)

    monkeypatch.setattr(store_module.EventStore, "_insert_event", fail_on_second)
    with pytest.raises(RuntimeError):
        db.add([article("b2")], second)
    assert db.articles_count() == 1 and db.events_count() == 3
    monkeypatch.undo()
    assert db.add([article("b2")], second) == StoreResult(1, 2, 0)


def test_a_later_run_merges_into_the_stored_event_and_keeps_its_id(db: EventStore) -> None:
    later = merge_mentions(
        [
            mention("b2", 30, PROTEST, MON, BISHKEK, "protesters", Casualties(1, 590)),
            mention("b2", 80, PROTEST, TUE, ALMATY, "teachers"),
        ]
    )
    assert db.add([article("b2")], later) == StoreResult(1, 1, 1)
    stored = next(e for e in db.events(EventFilter(article="b2")) if e.location == BISHKEK)
    original = next(e for e in FIRST_RUN if e.location == BISHKEK and e.type == PROTEST)
    assert stored.id == original.id
    assert stored.articles == ("a1", "b2")
    assert [e.article for e in stored.evidence] == ["a1", "b2"]
    assert stored.casualties == Casualties(1, 590)
    assert db.add([article("b2")], later) == StoreResult(0, 0, 0)


@pytest.mark.parametrize("published", [date(2020, 10, 6), date(2020, 10, 12)], ids=["fresh", "stale"])
def test_a_stored_undated_report_joins_a_later_dated_one_as_one_batch_would(
    tmp_path: Path, published: date
) -> None:
    # a report that dates nothing is the other's event only if it came out on its day or just after: the
    # store keeps that day with the article, so a later run decides as one run over both articles does
    shooting = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
    undated = EventDate(None, None, "unknown: no time expression")
    first = replace(mention("u1", 0, shooting, undated, BISHKEK, "gunmen"), published=published)
    later = replace(mention("d2", 0, shooting, MON, BISHKEK, "gunmen"), published=date(2020, 10, 6))
    with EventStore(tmp_path / "events.duckdb") as store:
        store.add([replace(article("u1"), published=published)], merge_mentions([first]))
        store.add([article("d2")], merge_mentions([later]))
        stored = store.events(EventFilter())
    assert len(stored) == len(merge_mentions([first, later]))
    assert len(stored) == (1 if published == date(2020, 10, 6) else 2)


RIOT = EventType("PROTEST", "riot", "Riots", "Violent demonstration")
CLASH = EventType("ASSAULT", "beat", "Riots", "Mob violence")
CROWD_DETAINED = EventType("COERCE", "arrest", "Protests", "Protest with intervention")


@pytest.mark.parametrize(
    ("first", "later"),
    [
        pytest.param(
            mention("n1", 0, PROTEST, MON, BISHKEK, "protesters"),
            replace(mention("r2", 0, PROTEST, MON, BISHKEK, "protesters"), historical=True),
            id="a later article recalling the stored protest as background",
        ),
        pytest.param(
            mention("n1", 0, RIOT, MON, BISHKEK, "protesters"),
            mention("r2", 0, CLASH, MON, BISHKEK, "protesters"),
            id="the clashes of a stored riot",
        ),
        pytest.param(
            mention("n1", 0, CROWD_DETAINED, MON, BISHKEK, "protesters"),
            mention("r2", 0, RIOT, MON, BISHKEK, "protesters"),
            id="the riot of a crowd whose arrests are stored as the protest they broke up",
        ),
    ],
)
def test_a_later_run_joins_what_one_run_over_both_articles_joins(
    tmp_path: Path, first: EventMention, later: EventMention
) -> None:
    with EventStore(tmp_path / "events.duckdb") as store:
        store.add([article(first.article_id)], merge_mentions([first]))
        store.add([article(later.article_id)], merge_mentions([later]))
        stored = store.events(EventFilter())
    assert len(stored) == len(merge_mentions([first, later])) == 1
    assert stored[0].articles == ("n1", "r2")


def test_a_changed_article_text_is_stored_again(db: EventStore) -> None:
    edited = [replace(e, confidence=0.9) for e in FIRST_RUN[:1]]
    result = db.add([article("a1", "A corrected text.")], edited)
    assert result == StoreResult(0, 1, 0, articles_replaced=1)
    assert by_id(db.events(EventFilter())) == by_id(edited)


# b2 reports a1's Bishkek protest again (a shared event) and an Almaty march of its own
SECOND_RUN = merge_mentions(
    [
        mention("b2", 30, PROTEST, MON, BISHKEK, "protesters", Casualties(1, 590)),
        mention("b2", 80, PROTEST, TUE, ALMATY, "teachers"),
    ]
)


@pytest.fixture
def shared(db: EventStore) -> EventStore:
    """The first run plus a second article that shares one event with it."""
    db.add([article("b2")], SECOND_RUN)
    return db


def table_rows(store: EventStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order: the whole state of the database."""
    tables = ("articles", "events", "event_articles", "evidence")
    return {t: sorted(store._con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


@pytest.mark.parametrize(("changed", "other"), [("a1", "b2"), ("b2", "a1")])
def test_a_changed_article_loses_its_old_events_and_others_keep_theirs(
    shared: EventStore, changed: str, other: str
) -> None:
    others_before = by_id(shared.events(EventFilter(article=other)))
    rewritten = merge_mentions([mention(changed, 5, RESIGN, SEPT, ALMATY, "a governor")])
    result = shared.add([article(changed, "A rewritten story.")], rewritten)
    assert result == StoreResult(0, 1, 0, articles_replaced=1)
    assert by_id(shared.events(EventFilter(article=changed))) == by_id(rewritten)
    others_after = by_id(shared.events(EventFilter(article=other)))
    assert [e.id for e in others_after] == [e.id for e in others_before]
    assert all(e.articles == (other,) for e in others_after)
    assert shared.events_count() == len(others_before) + 1


@pytest.mark.parametrize(("changed", "other"), [("a1", "b2"), ("b2", "a1")])
def test_a_shared_event_keeps_the_other_articles_evidence(
    shared: EventStore, changed: str, other: str
) -> None:
    bishkek = next(e for e in shared.events(EventFilter(country="KGZ", type="PROTEST")))
    assert bishkek.articles == ("a1", "b2")
    shared.add([article(changed, "A rewritten story.")], [])
    kept = next(e for e in shared.events(EventFilter(article=other)) if e.id == bishkek.id)
    assert kept.articles == (other,)
    assert kept.evidence == tuple(e for e in bishkek.evidence if e.article == other)
    assert shared.events(EventFilter(article=changed)) == []
    assert shared.events(EventFilter(text=f"In {changed}, sentence")) == []


def test_readding_a_changed_article_unchanged_adds_nothing(shared: EventStore) -> None:
    rewritten = merge_mentions([mention("a1", 5, RESIGN, SEPT, ALMATY, "a governor")])
    shared.add([article("a1", "A rewritten story.")], rewritten)
    before = table_rows(shared)
    assert shared.add([article("a1", "A rewritten story.")], rewritten) == StoreResult(0, 0, 0)
    assert table_rows(shared) == before


@pytest.mark.parametrize("step", ["_drop_article", "_put_article", "_insert_event"])
def test_a_failure_while_replacing_an_article_leaves_the_database_exactly_as_it_was(
    shared: EventStore, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    before = table_rows(shared)
    original = getattr(EventStore, step)
    calls: list[object] = []

    def fail_on_second_call(self: EventStore, *args: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args)

    monkeypatch.setattr(store_module.EventStore, step, fail_on_second_call)
    rewritten = merge_mentions(
        [
            mention("a1", 5, RESIGN, SEPT, ALMATY, "a governor"),
            mention("a1", 60, PROTEST, MON, BISHKEK, "protesters"),
        ]
    )
    with pytest.raises(RuntimeError):
        shared.add([article("a1", "A rewritten story."), article("c3", "A new story.")], rewritten)
    assert table_rows(shared) == before


def test_a_database_written_before_realis_gains_its_column(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(store_module._SCHEMA[0])
    # the events table as it was before events had a realis
    con.execute(
        """CREATE TABLE events (
        id VARCHAR PRIMARY KEY, "type" VARCHAR NOT NULL, "mode" VARCHAR, acled_event_type VARCHAR,
        acled_sub_event_type VARCHAR, "date" DATE, date_precision VARCHAR, historical BOOLEAN NOT NULL,
        country VARCHAR, admin1 VARCHAR, location_name VARCHAR, lat DOUBLE, lon DOUBLE, "precision" VARCHAR,
        fatalities INTEGER, injured INTEGER, confidence DOUBLE NOT NULL, record VARCHAR NOT NULL)"""
    )
    con.close()
    scored = [replace(e, realis=0.8) for e in FIRST_RUN]
    with EventStore(path) as store:
        store.add(ARTICLES, scored)
        assert len(store.events(EventFilter(min_realis=0.7))) == 3
        assert [e.realis for e in store.events(EventFilter())] == [0.8, 0.8, 0.8]
