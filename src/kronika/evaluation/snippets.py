"""Scoring on news-style snippets: held-out ACLED notes cut to a news lead, typed by the whole pipeline.

Issue #3's first measure is ACLED sub-event types on short news passages (the CASE 2021 task), data the
project does not have. Its proxy: each held-out May 2020 note without its leading date clause and cut to
its first sentence (`events.train.style_shift`), "Police fired tear gas at traders protesting in the
market", with the rest of the report (what the police did next, the toll) gone. Only the type is scored:
the date clause is what the cut removes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Final

from kronika.evaluation.acled import AcledItem, load_acled, sub_type_label
from kronika.evaluation.common import MentionSource, Scorecard, most_confident_per_article, shorten
from kronika.evaluation.report import DatasetResult, MetricRow
from kronika.evaluation.scoring import weighted_f1
from kronika.events.train import style_shift
from kronika.model import Article, EventMention

DATASET: Final = "acled-snippets"


def snippet_article(item: AcledItem) -> Article:
    """The note as a news-style snippet: no date clause, first sentence only, published the day after."""
    return Article(id=item.id, text=style_shift(item.notes), published=item.event_date + timedelta(days=1))


def evaluate_snippets(source: MentionSource, path: Path, limit: int, *, skip: int = 0) -> DatasetResult:
    """Run the pipeline over the snippets of a sample of held-out May 2020 notes and score their types."""
    items = load_acled(path, limit, skip=skip)
    articles = [snippet_article(item) for item in items]
    return score_snippets(items, articles, most_confident_per_article(source, articles))


def score_snippets(
    items: Sequence[AcledItem], articles: Sequence[Article], predictions: Sequence[EventMention | None]
) -> DatasetResult:
    """Event type, sub-event type and sub-type weighted F1 of the most confident mention of each snippet."""
    card = Scorecard(DATASET)
    guesses = [sub_type_label(m) for m in predictions]
    for item, article, mention, guess in zip(items, articles, predictions, guesses, strict=True):
        said = repr(shorten(article.text))
        if mention is None:
            card.fail("no event", item.id, said)
        got = mention.type.acled_event_type if mention else None
        card.check(
            "event_type accuracy",
            got == item.event_type,
            item.id,
            "wrong event type" if mention else "",
            f"{item.event_type} vs {got} {said}",
        )
        card.check(
            "sub_event_type accuracy",
            guess == item.sub_event_type,
            item.id,
            "wrong sub-event type" if mention else "",
            f"{item.sub_event_type} vs {guess} {said}",
        )
    truth = [item.sub_event_type for item in items]
    f1 = MetricRow(DATASET, "sub_event_type weighted F1", weighted_f1(truth, guesses), len(items))
    return card.result([f1], items=len(items))
