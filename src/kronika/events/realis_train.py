"""Training the realis model (`kronika.events.realis`) from our judged readings of the Guardian sample."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from kronika.evaluation.judged import FILE, judged_articles, read_judgements, reading_key
from kronika.evaluation.scoring import ranking_auc
from kronika.events.realis import RealisModel, realis_features
from kronika.pipeline import Pipeline

SEED: Final = 65
# chosen by 5-fold cross-validation on the training readings (the held-out ones apart): the inverse L2
# strength, and how often a trigger word must occur among them to have a weight of its own
C: Final = 1.0
MIN_WORD_COUNT: Final = 3
# samples judged apart, never fitted or chosen on (drawn in the sixty-fifth, sixty-seventh and sixty-eighth
# sessions)
HELD_OUT: Final = frozenset({"unseen", "unseen2", "unseen3"})
FOLDS: Final = 5


@dataclass(frozen=True)
class LabelledReading:
    """One judged reading the pipeline still makes: its features, the verdict, and its sample."""

    features: dict[str, float]
    real: bool
    sample: str


@dataclass(frozen=True)
class RealisReport:
    """What training measured, as the chance a real reading ranks above a noise one (ROC AUC): the model's in
    cross-validation on the training readings, and on the held-out ones the model's, the type confidence's
    alone, and their product (a mention's confidence as shipped)."""

    trained_on: int
    held_out: int
    cv_auc: float
    held_out_auc: float
    held_out_confidence_auc: float
    held_out_weighed_confidence_auc: float


def labelled_readings(data_dir: Path, pipeline: Pipeline) -> list[LabelledReading]:
    """The judged readings the pipeline still makes, with their features (read without scoring them: the
    model being trained is no input to its own readings)."""
    judgements = read_judgements()
    # a held-out reading also drawn again among the others (the same trigger in the same sentence) stays
    # held out: its copy must not train the model it tests
    verdicts = {j.key: j for j in sorted(judgements, key=lambda j: j.sample in HELD_OUT)}
    articles = judged_articles(data_dir / FILE, judgements)
    bare = dataclasses.replace(pipeline, realis=None)
    readings: list[LabelledReading] = []
    for article, doc in zip(articles, bare.nlp.pipe(a.text for a in articles), strict=True):
        for mention in bare.mentions_from_doc(article, doc):
            judged = verdicts.get(reading_key(mention))
            if judged is not None:
                features = realis_features(doc, mention.trigger, mention.confidence, mention.type.plover)
                readings.append(LabelledReading(features, judged.real, judged.sample))
    return readings


def train_realis(data_dir: Path, out: Path, pipeline: Pipeline | None = None) -> RealisReport:
    """Fit the model on every judged sample but the held-out ones, save it to `out` and report its figures."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    readings = labelled_readings(data_dir, pipeline or Pipeline.load())
    train = [r for r in readings if r.sample not in HELD_OUT]
    test = [r for r in readings if r.sample in HELD_OUT]
    names = _feature_names(train)
    x, y = _matrix(train, names), np.array([r.real for r in train], dtype=int)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    model = LogisticRegression(C=C, max_iter=5000)
    cv = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    model.fit(x, y)
    weights = {n: round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)}
    fitted = RealisModel(weights, round(float(model.intercept_[0]), 6))
    out.write_text(json.dumps(dataclasses.asdict(fitted), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    real = [r.real for r in test]
    scores = [fitted.probability_of(r.features) for r in test]
    confidences = [r.features["conf"] for r in test]
    return RealisReport(
        trained_on=len(train),
        held_out=len(test),
        cv_auc=_auc(list(cv), [bool(v) for v in y]),
        held_out_auc=_auc(scores, real),
        held_out_confidence_auc=_auc(confidences, real),
        held_out_weighed_confidence_auc=_auc([s * c for s, c in zip(scores, confidences, strict=True)], real),
    )


def _feature_names(readings: Sequence[LabelledReading]) -> list[str]:
    """The features the model weighs: every grammatical one, and the trigger words met MIN_WORD_COUNT times
    or more."""
    counts = Counter(name for r in readings for name in r.features)
    return sorted(n for n, c in counts.items() if not n.startswith("lemma=") or c >= MIN_WORD_COUNT)


def _matrix(readings: Sequence[LabelledReading], names: Sequence[str]) -> np.ndarray:
    """The readings' features as rows, in `names` order."""
    return np.array([[r.features.get(n, 0.0) for n in names] for r in readings])


def _auc(scores: Sequence[float], real: Sequence[bool]) -> float:
    """The ranking AUC of the scores, rounded (NaN where one kind is missing)."""
    auc = ranking_auc(list(zip(scores, real, strict=True)))
    return round(auc, 3) if auc is not None else float("nan")
