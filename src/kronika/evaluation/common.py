"""What every data set's scoring shares: the pipeline protocol, sampling, picking a mention, a scorecard."""

from __future__ import annotations

import csv
import gzip
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final, Protocol, TypeVar

from kronika.evaluation.report import DatasetResult, Failure, MetricRow
from kronika.evaluation.scoring import reliability
from kronika.model import Article, EventMention

SAMPLE_SEED: Final = 20201006  # fixed, so every run scores the same items
T = TypeVar("T")


class MentionSource(Protocol):
    """The part of the pipeline the data sets need: mentions per article, parsed in batches."""

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """Mentions per article, in input order."""
        ...


def read_csv_gz(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a gzipped CSV file with a header line (an ACLED export), as the lines are read."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def read_jsonl_gz(path: Path) -> list[dict]:
    """Every JSON object of a gzipped JSON Lines file."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sample(items: Sequence[T], limit: int, seed: int = SAMPLE_SEED, *, skip: int = 0) -> list[T]:
    """`limit` items after the first `skip` of a fixed-seed shuffle: a smaller limit scores a prefix of a
    larger one, and a skip gives a disjoint slice to check a change on data it was not tuned on."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return [items[i] for i in order[skip : skip + limit]]


def most_confident(mentions: Sequence[EventMention]) -> EventMention | None:
    """The mention the pipeline is surest of (the first of equals), or None where there is none."""
    return max(mentions, key=lambda m: m.confidence, default=None)


def most_confident_per_article(
    source: MentionSource, articles: Iterable[Article]
) -> list[EventMention | None]:
    """The most confident mention of each article (None where it has none), in input order."""
    return [most_confident(group) for group in source.article_mentions(articles)]


def shorten(text: str, width: int = 90) -> str:
    """Text on one line, cut to `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class Scorecard:
    """Pass/fail per metric and the failures, gathered while scoring one data set (a local builder)."""

    def __init__(self, dataset: str) -> None:
        """Start an empty scorecard for `dataset`."""
        self.dataset = dataset
        self._hits: dict[str, list[bool]] = {}
        self._failures: list[Failure] = []

    def check(self, metric: str, ok: bool, item: str, kind: str, detail: str) -> None:
        """Count one item on `metric`; a miss is kept as a failure of `kind` unless kind is empty."""
        self._hits.setdefault(metric, []).append(ok)
        if not ok and kind:
            self._failures.append(Failure(self.dataset, kind, item, detail))

    def fail(self, kind: str, item: str, detail: str) -> None:
        """Record a failure that no single metric owns (e.g. no event at all)."""
        self._failures.append(Failure(self.dataset, kind, item, detail))

    def rows(self) -> list[MetricRow]:
        """The share of hits per metric, in the order metrics were first checked."""
        return [MetricRow(self.dataset, m, sum(h) / len(h), len(h)) for m, h in self._hits.items() if h]

    def result(self, extra: Sequence[MetricRow] = (), items: int = 0) -> DatasetResult:
        """The data set's rows (checked metrics, then `extra`) and failures."""
        return DatasetResult(tuple(self.rows()) + tuple(extra), tuple(self._failures), items=items)


def reliability_rows(
    dataset: str, what: str, predictions: Sequence[EventMention | None], correct: Sequence[bool]
) -> list[MetricRow]:
    """One row per confidence bin: the share of `what` right among mentions of that confidence."""
    pairs = [(m.confidence, ok) for m, ok in zip(predictions, correct, strict=True) if m is not None]
    bins = reliability([c for c, _ in pairs], [ok for _, ok in pairs])
    return [
        MetricRow(
            dataset, f"{what} right at confidence {b.low:.1f}-{b.high:.1f}", b.accuracy, b.n, "reliability"
        )
        for b in bins
    ]
