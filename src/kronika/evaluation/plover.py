"""Scoring on the PLOVER gold-standard sentences: event type (with old names aliased) and actor country."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from kronika.evaluation.common import (
    MentionSource,
    Scorecard,
    most_confident_per_article,
    reliability_rows,
    sample,
    shorten,
)
from kronika.evaluation.report import DatasetResult
from kronika.evaluation.scoring import gold_plover, is_country_code
from kronika.model import Article, EventMention

DATASET: Final = "plover"
FILE: Final = "plover_gsr_dev.json"


@dataclass(frozen=True)
class PloverItem:
    """One gold sentence: its PLOVER type (today's name) and its first source actor's code."""

    id: str
    text: str
    published: date
    event: str
    source_code: str | None


def load_plover(path: Path, limit: int, *, skip: int = 0) -> list[PloverItem]:
    """A fixed sample of `limit` gold records."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return sample([_item(record) for record in records], limit, skip=skip)


def _item(record: dict) -> PloverItem:
    """One JSON record as a PloverItem."""
    sources = record.get("source") or []
    return PloverItem(
        id=record["id"],
        text=record["text"],
        published=date.fromisoformat(record["date"]),
        event=gold_plover(record["event"]),
        source_code=sources[0].get("code") if sources else None,
    )


def evaluate_plover(source: MentionSource, path: Path, limit: int, *, skip: int = 0) -> DatasetResult:
    """Run the pipeline over each sentence and score its most confident mention."""
    items = load_plover(path, limit, skip=skip)
    articles = (Article(id=item.id, text=item.text, published=item.published) for item in items)
    return score_plover(items, most_confident_per_article(source, articles))


def score_plover(items: Sequence[PloverItem], predictions: Sequence[EventMention | None]) -> DatasetResult:
    """Type accuracy over every item; actor country over items whose source is a real country."""
    card = Scorecard(DATASET)
    for item, m in zip(items, predictions, strict=True):
        if m is None:
            card.fail("no event", item.id, shorten(item.text))
        got = m.type.plover if m else None
        card.check(
            "type accuracy",
            got == item.event,
            item.id,
            "wrong type" if m else "",
            f"{item.event} vs {got} on {m and m.trigger.text!r}: {shorten(item.text)!r}",
        )
        if item.source_code and is_country_code(item.source_code):
            countries = [a.country for a in m.actors] if m else []
            card.check(
                "actor country",
                item.source_code in countries,
                item.id,
                "actor country wrong" if m else "",
                f"{item.source_code} vs {countries or None}: {shorten(item.text)!r}",
            )
    right = [
        m is not None and m.type.plover == item.event for item, m in zip(items, predictions, strict=True)
    ]
    return card.result(reliability_rows(DATASET, "type", predictions, right), items=len(items))
