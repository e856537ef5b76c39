"""Specs for the judged-readings set (`evaluation/judged.py`): our verdicts on long articles' mentions, named
by sentence digest, scored per sample as real events kept, noise still told, precision and the confidence's
ranking."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.evaluation.judged import (
    Judgement,
    Made,
    read_judgements,
    reading_key,
    score_judged,
    sentence_digest,
)
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Span

SENTENCE = "Rebels shelled the port of Tarvik on Monday."


def _judgement(trigger: str, real: bool, sample: str = "check") -> Judgement:
    """A made-up verdict on a reading of SENTENCE in article g1."""
    return Judgement(
        "g1", sentence_digest(SENTENCE), trigger, "ASSAULT", real, "real" if real else "generic", sample
    )


def test_the_digest_ignores_how_whitespace_falls() -> None:
    assert sentence_digest("Rebels  shelled\nthe port.") == sentence_digest("Rebels shelled the port.")
    assert sentence_digest("Rebels shelled the port.") != sentence_digest("Rebels shelled the town.")


def test_a_mention_is_named_by_article_sentence_trigger_and_type() -> None:
    mention = EventMention(
        article_id="g1",
        type=EventType("ASSAULT", "shelling"),
        date=EventDate(date(2021, 3, 1), "day", "'on Monday'"),
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(),
        evidence=Evidence("g1", SENTENCE, 0, len(SENTENCE)),
        trigger=Span(7, 14, "shelled"),
        historical=False,
        confidence=0.8,
    )
    assert reading_key(mention) == ("g1", sentence_digest(SENTENCE), "shelled", "ASSAULT")


def test_scores_count_real_kept_noise_told_and_precision_per_sample() -> None:
    judgements = [_judgement("shelled", True), _judgement("port", False), _judgement("Monday", False)]
    found = {
        ("g1", sentence_digest(SENTENCE), "shelled", "ASSAULT"): Made(0.9, 0.3),
        ("g1", sentence_digest(SENTENCE), "port", "ASSAULT"): Made(0.4, 0.6),
    }
    rows = {row.metric: (row.value, row.n) for row in score_judged(judgements, found).rows}
    assert rows["check: real events still told"] == (1.0, 1)
    assert rows["check: noise still told"] == (0.5, 2)
    assert rows["check: real among judged readings told"] == (0.5, 2)
    assert rows["check: confidence ranks real above noise"] == (1.0, 2)
    assert rows["check: realis ranks real above noise"] == (0.0, 2)


@pytest.mark.parametrize(("real", "noise", "ranking"), [(0.9, 0.4, 1.0), (0.4, 0.9, 0.0), (0.5, 0.5, 0.5)])
def test_the_ranking_is_the_chance_a_real_reading_is_the_more_confident(
    real: float, noise: float, ranking: float
) -> None:
    judgements = [_judgement("shelled", True), _judgement("port", False)]
    found = {j.key: Made(c) for j, c in zip(judgements, [real, noise], strict=True)}
    rows = {row.metric: row.value for row in score_judged(judgements, found).rows}
    assert rows["check: confidence ranks real above noise"] == ranking
    assert "check: realis ranks real above noise" not in rows  # none was scored


def test_a_lost_real_event_is_a_failure() -> None:
    result = score_judged([_judgement("shelled", True)], {})
    assert [f.kind for f in result.failures] == ["real event lost"]


@pytest.mark.parametrize(
    "sample", ["study", "check", "fresh", "unseen", "fresh2", "unseen2", "unseen3", "fresh3"]
)
def test_the_shipped_judgements_hold_both_verdicts_in_each_sample(sample: str) -> None:
    chosen = [j for j in read_judgements() if j.sample == sample]
    assert chosen and any(j.real for j in chosen) and any(not j.real for j in chosen)
    assert all(len(j.sentence) == 12 and j.article.startswith("g") for j in chosen)
