"""Reproducible training and evaluation of the ACLED sub-event classifier (needs scikit-learn)."""

from __future__ import annotations

import csv
import gzip
import itertools
import re
import time
import zlib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kronika.events.classifier import (
    DIM,
    SUB_EVENT_TO_EVENT,
    SUB_EVENT_TYPES,
    AcledClassifier,
    SparseBatch,
    hash_counts,
    weigh,
)

MONTH_FILE = "acled_2020-05.csv.gz"  # worldwide, one month: the most representative file
EXTRA_FILE = "acled_extra_1997-2026.csv.gz"
MONTH_TEST_FRACTION = 0.5  # of the month file held out (the evaluation samples only these notes)
TEST_FRACTION = 0.05  # of the extra file, also held out
VAL_FRACTION = 0.03  # of the training rows, only to fit the softmax temperature
CLASS_CAP = 15000  # notes per sub-type at most: thins only the huge peaceful-protest and attack classes
SEED = 20201006
BALANCE = 0.5  # class weight = (mean count / count) ** BALANCE: 1 is fully balanced, 0 unweighted

_TAG_RE = re.compile(r"\[[^\]]*\]")  # [size=no report], [women targeted: ...]
_CODED_RE = re.compile(r"\([^()]*\bcoded\b[^()]*\)", re.IGNORECASE)
_META_RE = re.compile(r"\bfatalit(?:y|ies)\b.*\b(?:split|coded|distributed)\b", re.IGNORECASE)
_DATE_CLAUSE_RE = re.compile(r"^[^,]{0,90}?\b(?:1[89]|20)\d\d\b[^,]{0,60}?,\s*")
_BARE_DATE_RE = re.compile(r"^On (?:or (?:about|around) )?\d{1,2} [A-Z][a-z]+ \d{4}\s+")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9)\"'][.!?])\s+(?=[A-Z0-9])")


@dataclass(frozen=True)
class Note:
    """One ACLED row: its cleaned note, the sub-event type the coder gave it, whether from the month file."""

    text: str
    sub_event_type: str
    month: bool = False


@dataclass(frozen=True)
class Settings:
    """How the linear model is fitted (the defaults are the shipped model's)."""

    model: str = "svc"  # "svc": LinearSVC (squared hinge); "sgd": logistic regression by SGD
    c: float = 0.2  # LinearSVC's inverse regularization strength
    alpha: float = 5e-6  # SGD's L2 strength
    epochs: int = 6  # SGD's passes
    month_weight: float = 4.0  # sample weight of May 2020 training notes (the most representative)


@dataclass(frozen=True)
class Split:
    """Training, temperature-validation and held-out test notes."""

    train: list[Note]
    val: list[Note]
    test: list[Note]
    n_test_month: int  # the first n test notes are the held-out month file; the rest are from the extra file


@dataclass(frozen=True)
class Evaluation:
    """Held-out figures of one test variant."""

    n: int
    sub_accuracy: float
    sub_weighted_f1: float
    sub_macro_f1: float
    event_accuracy: float
    per_class_f1: dict[str, float] = field(default_factory=dict)
    support: dict[str, int] = field(default_factory=dict)
    top_confusions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReliabilityBin:
    """Held-out texts whose top probability is in [low, high): how many, how often the top type is right."""

    low: float
    high: float
    n: int
    accuracy: float
    mean_probability: float


@dataclass(frozen=True)
class TrainReport:
    """What a training run did and how well the saved model does on held-out notes."""

    n_train_notes: int
    n_train_docs: int
    seconds: float
    model_bytes: int
    temperature: float
    test: Evaluation
    test_style_shifted: Evaluation
    test_may_2020: Evaluation  # the held-out half of the May 2020 file alone: the harder part
    test_may_2020_style_shifted: Evaluation
    settings: Settings
    reliability: list[ReliabilityBin] = field(default_factory=list)


def clean_note(text: str) -> str:
    """Remove coder artefacts: [size=...] tags, '(coded separately)', fatality bookkeeping sentences."""
    text = re.sub(r"\s+", " ", _CODED_RE.sub("", _TAG_RE.sub("", text))).strip()
    text = re.sub(r" (?=[.,;:])", "", text)  # the space a removed tag leaves before punctuation
    return " ".join(s for s in _SENTENCE_END_RE.split(text) if not _META_RE.search(s))


def strip_date_clause(text: str) -> str:
    """Drop the leading 'On 9 May 2020,' clause ACLED notes start with and news sentences lack."""
    stripped = _DATE_CLAUSE_RE.sub("", text, count=1)
    stripped = _BARE_DATE_RE.sub("", stripped, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped else text


def first_sentence(text: str) -> str:
    """The first sentence of a note (a cheap splitter: good enough for coder prose)."""
    return _SENTENCE_END_RE.split(text, maxsplit=1)[0]


def style_shift(text: str) -> str:
    """A news-like variant of a note: no date clause, first sentence only."""
    return first_sentence(strip_date_clause(text))


def read_notes(path: Path, month: bool = False) -> list[Note]:
    """The cleaned notes of an ACLED export that has a sub_event_type column."""
    notes = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            sub, text = row.get("sub_event_type", ""), clean_note(row.get("notes", ""))
            if sub in SUB_EVENT_TO_EVENT and text:
                notes.append(Note(text, sub, month))
    return notes


def share(text: str, salt: str) -> float:
    """A fixed pseudo-random number in [0, 1) from a note's text: identical notes always fall on one side."""
    return zlib.crc32(f"{salt}\x00{text}".encode()) / 2**32


def month_held_out(text: str) -> bool:
    """Whether a cleaned note of the May 2020 file is on its held-out side (a hash of the text)."""
    return share(text, "month") < MONTH_TEST_FRACTION


def held_out_month_note(raw_note: str) -> bool:
    """`month_held_out` for a note as exported: the evaluation samples only these May 2020 rows."""
    return month_held_out(clean_note(raw_note))


def extra_held_out(text: str) -> bool:
    """Whether a cleaned note of the extra file is on its held-out side (a hash of the text)."""
    return share(text, "test") < TEST_FRACTION


def held_out_extra_note(raw_note: str) -> bool:
    """`extra_held_out` for a note as exported: the acled-extra evaluation samples only these rows."""
    return extra_held_out(clean_note(raw_note))


def trains_on(text: str, held_out_texts: Collection[str]) -> bool:
    """Whether a cleaned note off the held-out sides is a training note: not also a held-out note's text
    (identical notes stay out of training) and not among the validation notes."""
    return text not in held_out_texts and share(text, "val") >= VAL_FRACTION


def split_notes(data_dir: Path, rng: np.random.Generator) -> Split:
    """Hold out half of the May 2020 file plus 5% of the extra file; carve a small validation set.

    Sides are chosen by a hash of each note's text, not by draws in reading order, so a change in
    which rows survive cleaning cannot move held-out notes into training, and identical notes fall
    on one side. A note that also appears among the held-out ones is kept out of training.
    """
    extra = read_notes(data_dir / EXTRA_FILE)
    month = read_notes(data_dir / MONTH_FILE, month=True)
    month_test = [n for n in month if month_held_out(n.text)]
    test = month_test + [n for n in extra if extra_held_out(n.text)]
    seen = {n.text for n in test}
    pool = [n for n in month if not month_held_out(n.text)]
    pool += [n for n in extra if not extra_held_out(n.text)]
    val = [n for n in pool if n.text not in seen and share(n.text, "val") < VAL_FRACTION]
    train = [n for n in pool if trains_on(n.text, seen)]
    return Split(cap_classes(train, rng), val, test, len(month_test))


def cap_classes(notes: Sequence[Note], rng: np.random.Generator) -> list[Note]:
    """Keep at most CLASS_CAP random notes of each sub-type, in a fixed order."""
    by_class: dict[str, list[Note]] = {}
    for note in notes:
        by_class.setdefault(note.sub_event_type, []).append(note)
    kept: list[Note] = []
    for sub in SUB_EVENT_TYPES:
        group = by_class.get(sub, [])
        if len(group) > CLASS_CAP:
            group = [group[i] for i in sorted(rng.choice(len(group), CLASS_CAP, replace=False))]
        kept.extend(group)
    return kept


def augment(notes: Sequence[Note]) -> list[Note]:
    """Each note three ways: as coded, without its date clause, and as its first sentence only."""
    out: list[Note] = []
    for note in notes:
        stripped = strip_date_clause(note.text)
        variants = {note.text, stripped, first_sentence(stripped)}
        out.extend(Note(v, note.sub_event_type, note.month) for v in sorted(variants))
    return out


def fit_idf(texts: Sequence[str]) -> np.ndarray:
    """Smoothed idf per bucket, rounded to float16 exactly as the saved model stores it."""
    df = np.zeros(DIM, np.float64)
    for i in range(0, len(texts), 20000):
        df += np.bincount(hash_counts(texts[i : i + 20000]).index, minlength=DIM)
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    return idf.astype(np.float16).astype(np.float32)


def to_csr(batch: SparseBatch):  # type: ignore[no-untyped-def]
    """The batch as a scipy CSR matrix (training only)."""
    from scipy.sparse import csr_matrix

    return csr_matrix((batch.value, (batch.doc, batch.index)), shape=(batch.n_docs, DIM), dtype=np.float32)


def features(texts: Sequence[str], idf: np.ndarray):  # type: ignore[no-untyped-def]
    """Featurize in chunks (bounded memory) and stack into one CSR matrix."""
    from scipy.sparse import vstack

    chunks = [to_csr(weigh(hash_counts(texts[i : i + 20000]), idf)) for i in range(0, len(texts), 20000)]
    return vstack(chunks, format="csr")


def class_weights(labels: Sequence[str]) -> dict[str, float]:
    """Damped balanced weights: rare types count more without swamping the common ones."""
    counts = Counter(labels)
    mean = len(labels) / len(counts)
    return {sub: float((mean / c) ** BALANCE) for sub, c in counts.items()}


def fit_linear(x, docs: Sequence[Note], settings: Settings) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """One-vs-rest linear SVM or SGD logistic regression; weights (DIM, 25) and bias in SUB_EVENT_TYPES order.

    Either is a plain linear model, so inference stays numpy-only; the softmax temperature fitted
    afterwards turns its scores into probabilities.
    """
    from sklearn.linear_model import SGDClassifier
    from sklearn.svm import LinearSVC

    labels = [d.sub_event_type for d in docs]
    weight = class_weights(labels)
    model: LinearSVC | SGDClassifier
    if settings.model == "svc":
        model = LinearSVC(C=settings.c, class_weight=weight, random_state=SEED)
    elif settings.model == "sgd":
        model = SGDClassifier(
            loss="log_loss",
            alpha=settings.alpha,
            max_iter=settings.epochs,
            tol=None,
            class_weight=weight,
            random_state=SEED,
        )
    else:
        raise ValueError(f"unknown model {settings.model!r}: use 'svc' or 'sgd'")
    sample_weight = np.array([settings.month_weight if d.month else 1.0 for d in docs])
    model.fit(x, np.array(labels), sample_weight=sample_weight)
    weights = np.zeros((DIM, len(SUB_EVENT_TYPES)), np.float32)
    bias = np.full(
        len(SUB_EVENT_TYPES), -30.0, np.float32
    )  # a type never seen in training is never predicted
    coef, intercept = np.asarray(model.coef_), np.asarray(model.intercept_)
    if len(model.classes_) == 2:  # sklearn keeps one row for two classes: the second class's score
        coef, intercept = np.vstack([-coef[0], coef[0]]), np.array([-intercept[0], intercept[0]])
    for row, sub in enumerate(model.classes_):
        col = SUB_EVENT_TYPES.index(str(sub))
        weights[:, col] = coef[row]
        bias[col] = intercept[row]
    return weights, bias


def fit_temperature(model: AcledClassifier, notes: Sequence[Note]) -> float:
    """The softmax temperature that minimises log loss on validation notes (as coded and style-shifted)."""
    texts = [n.text for n in notes] + [style_shift(n.text) for n in notes]
    gold = np.array([model.labels.index(n.sub_event_type) for n in notes] * 2)
    scores = model.decision_scores(texts)
    best_t, best_loss = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.05), np.log(5.0), 60)):
        z = scores / t
        z = z - z.max(axis=1, keepdims=True)
        loss = float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(gold)), gold]))
        if loss < best_loss:
            best_t, best_loss = float(t), loss
    return best_t


def evaluate(model: AcledClassifier, texts: Sequence[str], gold: Sequence[str]) -> Evaluation:
    """Accuracy, weighted/macro F1 over sub-types, per-class F1, event-type accuracy, top confusions."""
    from sklearn.metrics import f1_score

    pred = [p.sub_event_type for p in model.predict(texts)]
    present = sorted(set(gold))
    per_class = f1_score(gold, pred, labels=present, average=None, zero_division=0)
    pairs = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    return Evaluation(
        n=len(gold),
        sub_accuracy=float(np.mean([g == p for g, p in zip(gold, pred, strict=True)])),
        sub_weighted_f1=float(f1_score(gold, pred, labels=present, average="weighted", zero_division=0)),
        sub_macro_f1=float(f1_score(gold, pred, labels=present, average="macro", zero_division=0)),
        event_accuracy=float(
            np.mean([SUB_EVENT_TO_EVENT[g] == SUB_EVENT_TO_EVENT[p] for g, p in zip(gold, pred, strict=True)])
        ),
        per_class_f1={c: round(float(f), 3) for c, f in zip(present, per_class, strict=True)},
        support=dict(Counter(gold)),
        top_confusions=[f"{g} -> {p}: {n}" for (g, p), n in pairs.most_common(12)],
    )


def reliability(model: AcledClassifier, texts: Sequence[str], gold: Sequence[str]) -> list[ReliabilityBin]:
    """Top probability vs accuracy in fixed bins: how far a caller can trust a probability threshold."""
    proba = model.predict_proba(texts)
    top = proba.max(axis=1)
    right = np.array([model.labels[j] == g for j, g in zip(proba.argmax(axis=1), gold, strict=True)])
    edges = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)
    bins = []
    for low, high in itertools.pairwise(edges):
        inside = (top >= low) & (top < high)
        if inside.any():
            accuracy, mean_p = float(right[inside].mean()), float(top[inside].mean())
            bins.append(ReliabilityBin(low, min(high, 1.0), int(inside.sum()), accuracy, mean_p))
    return bins


def train(data_dir: Path, out: Path, settings: Settings | None = None) -> TrainReport:
    """Train on the ACLED notes in `data_dir`, save to `out`, evaluate the saved model on held-out notes."""
    settings = settings or Settings()
    started = time.perf_counter()
    rng = np.random.default_rng(SEED)
    split = split_notes(data_dir, rng)
    docs = augment(split.train)
    texts = [d.text for d in docs]
    idf = fit_idf(texts)
    weights, bias = fit_linear(features(texts, idf), docs, settings)
    model = AcledClassifier(weights, bias, idf, SUB_EVENT_TYPES, 1.0)
    model = AcledClassifier(weights, bias, idf, SUB_EVENT_TYPES, fit_temperature(model, split.val))
    model.save(out)
    saved = AcledClassifier.load(out)  # evaluate what ships: float16 weights included
    gold = [n.sub_event_type for n in split.test]
    texts = [n.text for n in split.test]
    shifted = [style_shift(t) for t in texts]
    may = split.n_test_month
    return TrainReport(
        n_train_notes=len(split.train),
        n_train_docs=len(docs),
        seconds=round(time.perf_counter() - started, 1),
        model_bytes=out.stat().st_size,
        temperature=round(saved._temperature, 3),
        test=evaluate(saved, texts, gold),
        test_style_shifted=evaluate(saved, shifted, gold),
        test_may_2020=evaluate(saved, texts[:may], gold[:may]),
        test_may_2020_style_shifted=evaluate(saved, shifted[:may], gold[:may]),
        settings=settings,
        reliability=reliability(saved, texts + shifted, gold + gold),
    )
