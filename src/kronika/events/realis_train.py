"""Training the realis model (`kronika.events.realis`) from our judged readings of the Guardian sample."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from kronika.evaluation.judged import FILE, judged_articles, read_judgements, reading_key
from kronika.events.realis import RealisModel, realis_features
from kronika.pipeline import Pipeline

SEED: Final = 65
C: Final = (
    0.1  # L2 strength: few hundred readings, some fifty features (chosen by 5-fold CV on 'fresh' + older)
)
HELD_OUT: Final = "unseen"  # judged apart, never fitted or chosen on
KEEP_REAL: Final = 0.95  # the threshold keeps this share of the real readings in cross-validation
FOLDS: Final = 5


@dataclass(frozen=True)
class LabelledReading:
    """One judged reading the pipeline still makes: its features, the verdict, and its sample."""

    features: dict[str, float]
    real: bool
    sample: str


@dataclass(frozen=True)
class RealisReport:
    """What training measured: the held-out readings' AUC (the model's and the type confidence's alone), and
    the share of their real and noise readings kept at the threshold."""

    trained_on: int
    held_out: int
    threshold: float
    cv_real_kept: float
    held_out_auc: float
    held_out_confidence_auc: float
    held_out_real_kept: float
    held_out_noise_kept: float
    held_out_precision_before: float
    held_out_precision_after: float


def labelled_readings(data_dir: Path, pipeline: Pipeline) -> list[LabelledReading]:
    """The judged readings the pipeline (without its realis filter) still makes, with their features."""
    judgements = read_judgements()
    verdicts = {j.key: j for j in judgements}
    articles = judged_articles(data_dir / FILE, judgements)
    bare = dataclasses.replace(pipeline, realis=None)
    readings: list[LabelledReading] = []
    for article, doc in zip(articles, bare.nlp.pipe(a.text for a in articles), strict=True):
        for mention in bare.mentions_from_doc(article, doc):
            judged = verdicts.get(reading_key(mention))
            if judged is not None:
                features = realis_features(doc, mention.trigger, mention.confidence)
                readings.append(LabelledReading(features, judged.real, judged.sample))
    return readings


def train_realis(data_dir: Path, out: Path, pipeline: Pipeline | None = None) -> RealisReport:
    """Fit the model on every judged sample but the held-out one, choose its threshold by cross-validation,
    save it to `out` and report its held-out figures."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    readings = labelled_readings(data_dir, pipeline or Pipeline.load())
    train = [r for r in readings if r.sample != HELD_OUT]
    test = [r for r in readings if r.sample == HELD_OUT]
    names = sorted({name for r in train for name in r.features})
    x, y = _matrix(train, names), np.array([r.real for r in train], dtype=int)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    model = LogisticRegression(C=C, max_iter=5000)
    cv = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    threshold = _threshold(cv, y)
    model.fit(x, y)
    weights = {n: round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)}
    fitted = RealisModel(weights, round(float(model.intercept_[0]), 6), threshold)
    out.write_text(json.dumps(dataclasses.asdict(fitted), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return _report(fitted, train, test, float(np.mean(cv[y == 1] >= threshold)))


def _matrix(readings: Sequence[LabelledReading], names: Sequence[str]) -> np.ndarray:
    """The readings' features as rows, in `names` order."""
    return np.array([[r.features.get(n, 0.0) for n in names] for r in readings])


def _threshold(probabilities: np.ndarray, real: np.ndarray) -> float:
    """The highest threshold on a 0.05 grid that keeps KEEP_REAL of the real readings."""
    grid = [round(0.05 * k, 2) for k in range(1, 20)]
    kept = [t for t in grid if np.mean(probabilities[real == 1] >= t) >= KEEP_REAL]
    return max(kept) if kept else grid[0]


def _report(
    model: RealisModel, train: Sequence[LabelledReading], test: Sequence[LabelledReading], cv_kept: float
) -> RealisReport:
    """The held-out figures of the fitted model."""
    scores = [model.probability_of(r.features) for r in test]
    real = [r.real for r in test]
    kept = [s >= model.threshold for s in scores]
    told_real = sum(k and t for k, t in zip(kept, real, strict=True))
    return RealisReport(
        trained_on=len(train),
        held_out=len(test),
        threshold=model.threshold,
        cv_real_kept=round(cv_kept, 3),
        held_out_auc=round(_auc(scores, real), 3),
        held_out_confidence_auc=round(_auc([r.features["conf"] for r in test], real), 3),
        held_out_real_kept=round(told_real / max(1, sum(real)), 3),
        held_out_noise_kept=round((sum(kept) - told_real) / max(1, len(real) - sum(real)), 3),
        held_out_precision_before=round(sum(real) / max(1, len(real)), 3),
        held_out_precision_after=round(told_real / max(1, sum(kept)), 3),
    )


def _auc(scores: Sequence[float], real: Sequence[bool]) -> float:
    """The chance a random real reading scores above a random noise one (ties count half)."""
    pos = [s for s, r in zip(scores, real, strict=True) if r]
    neg = [s for s, r in zip(scores, real, strict=True) if not r]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))
