"""Scoring against our own judgements of the mentions read from long Guardian articles: which readings are
real events and which are noise (a generic statement, a hypothetical, a word in another sense)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Final

from kronika.evaluation.common import MentionSource, Scorecard, read_csv_gz
from kronika.evaluation.report import DatasetResult, MetricRow
from kronika.evaluation.scoring import ranking_auc
from kronika.model import Article, EventMention

DATASET: Final = "judged"
FILE: Final = "guardian_2019_sample.csv.gz"
# Our verdicts on mentions an earlier pipeline read (see docs/evaluation.md): no text of the articles, only
# each sentence's digest, the trigger as read, the PLOVER type, the verdict and the kind of noise.
JUDGEMENTS: Final = "data/judged_mentions.tsv"


@dataclass(frozen=True)
class Judgement:
    """One judged reading: an article's sentence (by digest), its trigger and type, real or noise."""

    article: str
    sentence: str  # sentence_digest of the evidence sentence
    trigger: str
    plover: str
    real: bool
    kind: str  # why noise is noise ('generic', 'other sense', ...); 'real' for real events
    sample: str  # 'study' (read while changing the code) or 'check' (judged after, never tuned on)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The reading judged, named as `reading_key` names a mention."""
        return (self.article, self.sentence, self.trigger, self.plover)


def sentence_digest(text: str) -> str:
    """A short digest of a sentence with its whitespace folded: judgements name sentences without copying."""
    folded = " ".join(text.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:12]


def read_judgements() -> list[Judgement]:
    """The shipped judgements, one a line (tab-separated, '#' comments)."""
    text = resources.files("kronika").joinpath(JUDGEMENTS).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [Judgement(a, s, t, p, verdict == "real", kind, smp) for a, s, t, p, verdict, kind, smp in rows]


def judged_articles(path: Path, judgements: Sequence[Judgement]) -> list[Article]:
    """The sample's articles that hold a judged reading, in file order (the id is the file's row key)."""
    wanted = {j.article for j in judgements}
    return [
        Article(id=f"g{row['']}", text=row["text"], published=date.fromisoformat(row["date"][:10]))
        for row in read_csv_gz(path)
        if f"g{row['']}" in wanted
    ]


def reading_key(mention: EventMention) -> tuple[str, str, str, str]:
    """What names a reading across runs: its article, sentence digest, trigger text and PLOVER type."""
    return (
        mention.article_id,
        sentence_digest(mention.evidence.text),
        mention.trigger.text,
        mention.type.plover,
    )


@dataclass(frozen=True)
class Made:
    """How sure the pipeline is of a reading it made: its type's confidence and its realis (None where not
    scored)."""

    confidence: float
    realis: float | None = None


def evaluate_judged(source: MentionSource, path: Path) -> DatasetResult:
    """Run the pipeline over the judged articles and count which judged readings it still makes."""
    judgements = read_judgements()
    articles = judged_articles(path, judgements)
    found: dict[tuple[str, str, str, str], Made] = {}
    for group in source.article_mentions(articles):
        for mention in group:
            key = reading_key(mention)
            if key not in found or mention.confidence > found[key].confidence:
                found[key] = Made(mention.confidence, mention.realis)
    return score_judged(judgements, found, items=len(articles))


def score_judged(
    judgements: Sequence[Judgement], found: Mapping[tuple[str, str, str, str], Made], *, items: int = 0
) -> DatasetResult:
    """Per sample: the share of real readings still made, of noise still made, the precision of what is
    made among the judged readings, and how well the confidence and the realis of those made rank the real
    above the noise (`found`: each reading made)."""
    card = Scorecard(DATASET)
    extra: list[MetricRow] = []
    for name in sorted({j.sample for j in judgements}):
        chosen = [j for j in judgements if j.sample == name]
        made = [j.key in found for j in chosen]
        for judgement, kept in zip(chosen, made, strict=True):
            label = f"{judgement.article} {judgement.plover} {judgement.trigger!r}"
            if judgement.real:
                card.check(f"{name}: real events still told", kept, label, "real event lost", judgement.kind)
            else:
                card.check(f"{name}: noise still told", kept, label, "", judgement.kind)
        told = [j for j, k in zip(chosen, made, strict=True) if k]
        real_kept = sum(j.real for j in told)
        share_real = real_kept / len(told) if told else None
        extra.append(MetricRow(DATASET, f"{name}: real among judged readings told", share_real, len(told)))
        extra += _rankings(name, [(found[j.key], j.real) for j in told])
    return card.result(extra, items=items)


def _rankings(sample: str, made: Sequence[tuple[Made, bool]]) -> list[MetricRow]:
    """How well the confidence, and the realis where scored, rank a sample's real readings above its noise."""
    rows = [
        MetricRow(
            DATASET,
            f"{sample}: confidence ranks real above noise",
            ranking_auc([(m.confidence, real) for m, real in made]),
            len(made),
        )
    ]
    scored = [(m.realis, real) for m, real in made if m.realis is not None]
    if scored:
        rows.append(
            MetricRow(DATASET, f"{sample}: realis ranks real above noise", ranking_auc(scored), len(scored))
        )
    return rows
