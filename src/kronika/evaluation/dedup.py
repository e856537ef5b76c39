"""Scoring one record per real event across articles: GVA incidents several outlets tell; NewsWCL50."""

from __future__ import annotations

import itertools
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Final

from kronika.evaluation.common import MentionSource, read_jsonl_gz
from kronika.evaluation.gva import GvaItem, deadliest, load_gva, raw_document, score_gva
from kronika.evaluation.report import DatasetResult, MetricRow
from kronika.evaluation.scoring import share
from kronika.model import Article, Event, EventMention, RawDocument

DATASET: Final = "dedup"
STORIES: Final = "newswcl50_dev.jsonl.gz"
_URL_DAY: Final = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")
_MERGED_FIGURES: Final = ("date exact", "city/county", "killed and injured")


def incident_articles(items: Sequence[GvaItem], limit: int, *, skip: int = 0) -> list[GvaItem]:
    """The articles of incidents that several articles tell, an incident's articles kept together, in the
    order `items` (the fixed sample, as `load_gva` gives it) first reaches each incident; `limit` articles
    or a little more after `skip` articles of whole incidents."""
    by_incident: dict[str, list[GvaItem]] = {}
    for item in items:
        by_incident.setdefault(item.incident, []).append(item)
    told_often = [group for group in by_incident.values() if len(group) > 1]
    chosen: list[GvaItem] = []
    passed = 0
    for group in told_often:
        if passed < skip:
            passed += len(group)
        elif len(chosen) < limit:
            chosen.extend(group)
    return chosen


def evaluate_dedup(
    source: MentionSource, data_dir: Path, articles: Path, incidents: Path, limit: int, *, skip: int = 0
) -> DatasetResult:
    """Extract every chosen GVA article together and score the records across them; NewsWCL50 too."""
    from kronika.clean import clean
    from kronika.dedup.merge import merge_mentions

    items = incident_articles(load_gva(articles, incidents, 10**9), limit, skip=skip)
    cleaned = [clean(raw_document(item)) for item in items]
    usable = [a for a in cleaned if isinstance(a, Article)]
    groups = list(source.article_mentions(usable))
    events = merge_mentions([m for group in groups for m in group])
    result = score_incidents(items, events)
    stored = _joined_pairs(items, stored_one_by_one(usable, groups))
    one_by_one = MetricRow(
        DATASET, "article pairs on one record, stored one article at a time", share(stored), len(stored)
    )
    stories = data_dir / STORIES
    rows = (*result.rows, one_by_one, *(score_stories(source, stories) if stories.is_file() else ()))
    return DatasetResult(rows, result.failures, items=len(items))


def stored_one_by_one(articles: Sequence[Article], groups: Sequence[Sequence[EventMention]]) -> list[Event]:
    """The records a store holds after `kronika extract --db` ran on each article alone, in order of
    publication: what a user adding the day's news to one database gets, to set beside one batch's."""
    from kronika.dedup.merge import merge_mentions
    from kronika.store import EventFilter, EventStore

    runs = sorted(
        zip(articles, groups, strict=True), key=lambda run: (run[0].published or date.min, run[0].id)
    )
    with tempfile.TemporaryDirectory() as folder, EventStore(Path(folder) / "events.duckdb") as store:
        for article, group in runs:
            store.add([article], merge_mentions(group))
        return store.events(EventFilter())


def score_incidents(items: Sequence[GvaItem], events: Sequence[Event]) -> DatasetResult:
    """How many incidents come out as one record, how many records mix incidents, and the GVA figures of
    each article's deadliest merged record."""
    incident = {item.id: item.incident for item in items}
    pick_of = _deadliest_of(items, events)
    picks = [pick_of[item.id] for item in items]
    joined = _joined_pairs(items, events)
    whole = [all(_same_record(pick_of[ids[0]], pick_of[i]) for i in ids) for ids in _groups(items).values()]
    told_twice = [e for e in events if len(e.articles) > 1 and all(a in incident for a in e.articles)]
    mixing = [len({incident[a] for a in e.articles}) > 1 for e in told_twice]
    rows = (
        MetricRow(DATASET, "incidents told as one record", share(whole), len(whole)),
        MetricRow(DATASET, "article pairs of one incident on one record", share(joined), len(joined)),
        MetricRow(DATASET, "records of several articles mixing incidents", share(mixing), len(mixing)),
        *(_renamed(row) for row in score_gva(items, picks).rows if row.metric in _MERGED_FIGURES),
    )
    return DatasetResult(rows, items=len(items))


def _joined_pairs(items: Sequence[GvaItem], events: Sequence[Event]) -> list[bool]:
    """Per pair of articles of one incident: whether both have one and the same deadliest record."""
    pick_of = _deadliest_of(items, events)
    pairs = [(a, b) for ids in _groups(items).values() for a, b in itertools.combinations(ids, 2)]
    return [_same_record(pick_of[a], pick_of[b]) for a, b in pairs]


def _deadliest_of(items: Sequence[GvaItem], events: Sequence[Event]) -> dict[str, Event | None]:
    """Each article's deadliest record among those listing it (None where none does)."""
    records: dict[str, list[Event]] = {}
    for event in events:
        for article in event.articles:
            records.setdefault(article, []).append(event)
    return {item.id: deadliest(records.get(item.id, [])) for item in items}


def _groups(items: Iterable[GvaItem]) -> dict[str, list[str]]:
    """Article ids by incident."""
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(item.incident, []).append(item.id)
    return groups


def _same_record(a: Event | None, b: Event | None) -> bool:
    """Whether two articles' deadliest records are one and the same."""
    return a is not None and b is not None and a.id == b.id


def _renamed(row: MetricRow) -> MetricRow:
    """A GVA figure reported under this data set, scored on the records merged across articles."""
    return MetricRow(DATASET, f"{row.metric}, articles merged", row.value, row.n, row.note)


def score_stories(source: MentionSource, path: Path) -> tuple[MetricRow, ...]:
    """NewsWCL50: five outlets each on four political stories, all extracted together. Pairs of articles on
    one story that share a record, and records of several articles that mix stories."""
    from kronika.clean import clean
    from kronika.dedup.merge import merge_mentions

    rows = read_jsonl_gz(path)
    story = {str(row["doc_id"]): str(row["event_id"]) for row in rows}
    cleaned = [clean(_story_document(row)) for row in rows]
    usable = [a for a in cleaned if isinstance(a, Article)]
    events = merge_mentions([m for group in source.article_mentions(usable) for m in group])
    return story_rows(story, events)


def story_rows(story: Mapping[str, str], events: Sequence[Event]) -> tuple[MetricRow, ...]:
    """The two NewsWCL50 figures from each article's story and the merged records."""
    shared = {frozenset(p) for e in events for p in itertools.combinations(sorted(set(e.articles)), 2)}
    pairs = [frozenset(p) for p in itertools.combinations(sorted(story), 2)]
    same = [p in shared for p in pairs if len({story[a] for a in p}) == 1]
    told_twice = [e for e in events if len(e.articles) > 1]
    mixing = [len({story[a] for a in e.articles}) > 1 for e in told_twice]
    return (
        MetricRow(DATASET, "NewsWCL50 article pairs of one story sharing a record", share(same), len(same)),
        MetricRow(DATASET, "NewsWCL50 multi-article records mixing stories", share(mixing), len(mixing)),
    )


def _story_document(row: Mapping[str, object]) -> RawDocument:
    """A NewsWCL50 article as the reader would hand it on, dated by its address (/2018/04/17/)."""
    found = _URL_DAY.search(str(row.get("url", "")))
    published = date(*map(int, found.groups())) if found else None
    return RawDocument(
        id=str(row["doc_id"]), origin=STORIES, content=str(row["text"]), kind="text", published=published
    )
