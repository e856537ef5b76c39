"""The DuckDB event store: the only module with SQL; idempotent, transactional adds and filtered reads."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Literal

import duckdb

from kronika.dedup.merge import merge_events
from kronika.dedup.scores import MERGE_THRESHOLD, similarity, type_family
from kronika.model import Article, Event
from kronika.records import event_from_record, event_record

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, url VARCHAR, source VARCHAR,
        text_sha1 VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, "type" VARCHAR NOT NULL, "mode" VARCHAR, acled_event_type VARCHAR,
        acled_sub_event_type VARCHAR, "date" DATE, date_precision VARCHAR, historical BOOLEAN NOT NULL,
        country VARCHAR, admin1 VARCHAR, location_name VARCHAR, lat DOUBLE, lon DOUBLE, "precision" VARCHAR,
        fatalities INTEGER, injured INTEGER, confidence DOUBLE NOT NULL, record VARCHAR NOT NULL,
        realis DOUBLE)""",
    # a database written before events had a realis gains the column, empty for the events it holds
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS realis DOUBLE",
    """CREATE TABLE IF NOT EXISTS event_articles (
        event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, PRIMARY KEY (event_id, article_id))""",
    """CREATE TABLE IF NOT EXISTS evidence (
        event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL, "text" VARCHAR NOT NULL)""",
)

_EVENT_COLUMNS = (
    'id, "type", "mode", acled_event_type, acled_sub_event_type, "date", date_precision, historical, '
    'country, admin1, location_name, lat, lon, "precision", fatalities, injured, confidence, record, realis'
)

Outcome = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True)
class StoreResult:
    """What one add() changed."""

    articles_added: int
    events_added: int
    events_updated: int
    articles_replaced: int = 0  # stored articles whose text changed: their old events were withdrawn


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to list; every field left None matches everything."""

    country: str | None = None  # ISO 3166-1 alpha-3
    since: date | None = None
    until: date | None = None
    type: str | None = None  # PLOVER type
    acled_event_type: str | None = None
    article: str | None = None
    text: str | None = None  # a substring of the evidence, case-insensitive
    historical: bool | None = None  # True: background only; False: the news only
    min_confidence: float | None = None  # only events at least this confident
    min_realis: float | None = None  # only events at least this likely a particular event
    limit: int | None = None


def text_sha1(text: str) -> str:
    """The fingerprint of an article's cleaned text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _event_row(event: Event) -> tuple[object, ...]:
    """The values of an events row, in _EVENT_COLUMNS order."""
    loc = event.location
    return (
        event.id,
        event.type.plover,
        event.type.mode,
        event.type.acled_event_type,
        event.type.acled_sub_event_type,
        event.date.value,
        event.date.precision,
        event.historical,
        loc.country if loc else None,
        loc.admin1 if loc else None,
        loc.name if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        loc.precision if loc else None,
        event.casualties.fatalities,
        event.casualties.injured,
        event.confidence,
        json.dumps(event_record(event), ensure_ascii=False),
        event.realis,
    )


def _filter_sql(filters: EventFilter) -> tuple[str, list[object]]:
    """The WHERE clause and parameters of a filter."""
    clauses: list[str] = []
    params: list[object] = []
    simple = (
        ("country = ?", filters.country),
        ('"date" >= ?', filters.since),
        ('"date" <= ?', filters.until),
        ('"type" = ?', filters.type),
        ("acled_event_type = ?", filters.acled_event_type),
        ("id IN (SELECT event_id FROM event_articles WHERE article_id = ?)", filters.article),
        ('id IN (SELECT event_id FROM evidence WHERE contains(lower("text"), lower(?)))', filters.text),
        ("historical = ?", filters.historical),
        ("confidence >= ?", filters.min_confidence),
        ("realis >= ?", filters.min_realis),
    )
    for clause, value in simple:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class EventStore:
    """A DuckDB file of articles and merged events; a context manager."""

    def __init__(self, path: str | Path) -> None:
        """Open (or create) the database and its schema."""
        self._con = duckdb.connect(str(path))
        for statement in _SCHEMA:
            self._con.execute(statement)

    def __enter__(self) -> EventStore:
        """The store itself."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Close the connection."""
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    def articles_count(self) -> int:
        """How many articles are stored."""
        return self._count("articles")

    def events_count(self) -> int:
        """How many events are stored."""
        return self._count("events")

    def _count(self, table: str) -> int:
        """Rows in one of our own tables (the name never comes from a user)."""
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def add(self, articles: Sequence[Article], events: Sequence[Event]) -> StoreResult:
        """Store articles and their events in one transaction: all of it, or (on any error) none of it."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            result = self._add(articles, events)
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")
        return result

    def _add(self, articles: Sequence[Article], events: Sequence[Event]) -> StoreResult:
        """The body of add(), inside its transaction."""
        stored = {a.id: self._stored_sha1(a.id) for a in articles}
        unchanged = {a.id for a in articles if stored[a.id] == text_sha1(a.text)}
        replaced = sorted({a.id for a in articles if stored[a.id] not in (None, text_sha1(a.text))})
        for article_id in replaced:
            self._withdraw_article(article_id)
        articles_added = sum(self._put_article(a) for a in articles if a.id not in unchanged)
        inserted: set[str] = set()
        outcomes: list[Outcome] = []
        for event in events:
            if set(event.articles) <= unchanged:
                continue  # the same text was stored before, and its events with it
            outcomes.append(self._put_event(event, inserted))
        return StoreResult(
            articles_added,
            outcomes.count("added"),
            outcomes.count("updated"),
            articles_replaced=len(replaced),
        )

    def _withdraw_article(self, article_id: str) -> None:
        """Take an article's old text out of the stored events: its links, its evidence, its sole events."""
        rows = self._con.execute(
            "SELECT event_id FROM event_articles WHERE article_id = ?"
            " UNION SELECT event_id FROM evidence WHERE article_id = ? ORDER BY event_id",
            [article_id, article_id],
        ).fetchall()
        for table in ("evidence", "event_articles"):
            self._con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        for (event_id,) in rows:
            self._drop_article(str(event_id), article_id)

    def _drop_article(self, event_id: str, article_id: str) -> None:
        """Remove one article from a stored event's record, or the event itself when no article is left."""
        event = self._get(event_id)
        if event is None:
            return
        articles = tuple(a for a in event.articles if a != article_id)
        if not articles:
            self._delete_event(event_id)
            return
        # the other articles' report stands; only the changed article's part is withdrawn
        kept = replace(
            event, articles=articles, evidence=tuple(e for e in event.evidence if e.article != article_id)
        )
        self._con.execute(
            "UPDATE events SET record = ? WHERE id = ?",
            [json.dumps(event_record(kept), ensure_ascii=False), event_id],
        )

    def _stored_sha1(self, article_id: str) -> str | None:
        """The text fingerprint stored for an article id, if any."""
        row = self._con.execute("SELECT text_sha1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return str(row[0]) if row else None

    def _put_article(self, article: Article) -> bool:
        """Insert a new article or update one whose text changed; True when it is new."""
        is_new = self._stored_sha1(article.id) is None
        if not is_new:
            self._con.execute("DELETE FROM articles WHERE id = ?", [article.id])
        self._con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                article.id,
                article.title,
                article.published,
                article.url,
                article.source,
                text_sha1(article.text),
                datetime.now(),
            ],
        )
        return is_new

    def _put_event(self, event: Event, inserted: set[str]) -> Outcome:
        """Insert the event, or merge it into the stored event with its id or reporting the same thing."""
        stored = self._get(event.id) or self._find_same(event, inserted)
        if stored is None:
            self._insert_event(event)
            inserted.add(event.id)
            return "added"
        merged = merge_events(stored, event)
        if merged == stored:
            return "unchanged"
        self._delete_event(stored.id)
        self._insert_event(merged)
        return "updated"

    def _get(self, event_id: str) -> Event | None:
        """The stored event with this id."""
        row = self._con.execute("SELECT record FROM events WHERE id = ?", [event_id]).fetchone()
        return event_from_record(json.loads(row[0])) if row else None

    def _find_same(self, event: Event, inserted: set[str]) -> Event | None:
        """A stored event (from an earlier add) of the same type, date +-1 and country that is this event.
        A riot and its clashes are one type family here, and background against news is the similarity's to
        weigh, as in one run over all the articles (`merge_mentions`)."""
        day = event.date.value
        country = event.location.country if event.location else None
        rows = self._con.execute(
            'SELECT id, record FROM events WHERE list_contains(?, "type")'
            ' AND (CAST(? AS DATE) IS NULL OR "date" IS NULL OR "date" BETWEEN ? AND ?)'
            " AND (CAST(? AS VARCHAR) IS NULL OR country IS NULL OR country = ?) ORDER BY id",
            [
                sorted(type_family(event.type)),
                day,
                day and day - timedelta(days=1),
                day and day + timedelta(days=1),
                country,
                country,
            ],
        ).fetchall()
        # events added in this same call were kept apart by merge_mentions on purpose
        stored = [event_from_record(json.loads(r[1])) for r in rows if r[0] not in inserted]
        days = self._published_days([e.id for e in stored])
        candidates = [replace(e, published=days.get(e.id, ())) for e in stored]
        scored = [(similarity(c, event), c) for c in candidates]
        scored = [(s, c) for s, c in scored if s >= MERGE_THRESHOLD]
        # max() keeps the first of equal scores: the smallest id, as rows come ordered by id
        return max(scored, key=lambda sc: sc[0])[1] if scored else None

    def _published_days(self, event_ids: Sequence[str]) -> dict[str, tuple[date, ...]]:
        """The days the stored articles of each event came out (a record does not keep them), in one query."""
        rows = self._con.execute(
            "SELECT DISTINCT ea.event_id, a.published FROM event_articles ea"
            " JOIN articles a ON a.id = ea.article_id"
            " WHERE list_contains(?, ea.event_id) AND a.published IS NOT NULL ORDER BY 1, 2",
            [list(event_ids)],
        ).fetchall()
        days: dict[str, tuple[date, ...]] = {}
        for event_id, day in rows:
            days[event_id] = (*days.get(event_id, ()), day)
        return days

    def _insert_event(self, event: Event) -> None:
        """Write an event's row, its articles and its evidence."""
        row = _event_row(event)
        marks = ", ".join("?" * len(row))
        self._con.execute(f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({marks})", list(row))
        self._con.executemany(
            "INSERT INTO event_articles VALUES (?, ?)", [[event.id, a] for a in event.articles]
        )
        self._con.executemany(
            "INSERT INTO evidence VALUES (?, ?, ?, ?, ?)",
            [[event.id, e.article, e.start, e.end, e.text] for e in event.evidence],
        )

    def _delete_event(self, event_id: str) -> None:
        """Remove an event and its rows in the link tables."""
        for table in ("evidence", "event_articles"):
            self._con.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])
        self._con.execute("DELETE FROM events WHERE id = ?", [event_id])

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Stored events matching the filter, by date (undated last) and id."""
        where, params = _filter_sql(filters or EventFilter())
        sql = f'SELECT record FROM events{where} ORDER BY "date" NULLS LAST, id'
        if filters is not None and filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        return [event_from_record(json.loads(row[0])) for row in self._con.execute(sql, params).fetchall()]
