"""The trained ACLED event/sub-event type classifier: numpy-only hashed n-gram features, a linear model."""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from kronika.events.bomb_readings import without_unnamed_bombs
from kronika.events.taxonomy import ACLED_SUB_TO_TYPE

# ACLED's fixed sub-event type -> event type map lives with the rest of the vocabulary; the model's
# label order is by event type, then sub-event type
SUB_EVENT_TO_EVENT: Mapping[str, str] = ACLED_SUB_TO_TYPE
SUB_EVENT_TYPES: tuple[str, ...] = tuple(sorted(SUB_EVENT_TO_EVENT, key=lambda s: (SUB_EVENT_TO_EVENT[s], s)))

WORD_DIM = 1 << 17  # hashed word 1-2-gram buckets
CHAR_DIM = 1 << 18  # hashed char 3-5-gram buckets, stored after the word block
DIM = WORD_DIM + CHAR_DIM
CHAR_NGRAMS = (3, 4, 5)
FORMAT_VERSION = 1

_FNV_BASIS = 0x811C9DC5
_FNV_PRIME = 0x01000193
_MASK32 = 0xFFFFFFFF
_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
_BATCH = 512  # texts scored at once: bounds the (nnz x classes) temporary


def normalize(text: str) -> str:
    """Lower-case, map every digit to 0 (counts and dates generalise) and collapse whitespace."""
    # split() cuts at the characters \s matches (both use str.isspace), twice as fast as substituting
    return " ".join(_DIGIT_RE.sub("0", text.lower()).split())


def word_hashes(norm: str) -> list[int]:
    """Bucket ids of the word unigrams and bigrams of normalized text (crc32: stable across processes)."""
    words = _WORD_RE.findall(norm)
    grams = [f"w {w}" for w in words] + [f"b {a} {b}" for a, b in itertools.pairwise(words)]
    return [_gram_bucket(g) for g in grams]


@lru_cache(maxsize=1 << 16)
def _gram_bucket(gram: str) -> int:
    """The bucket of one word gram; cached, as the same words recur across a document's passages."""
    return zlib.crc32(gram.encode("utf-8")) % WORD_DIM


def _fnv_ngrams(arr: np.ndarray, n: int) -> np.ndarray:
    """FNV-1a 32-bit hash of every n-byte window of `arr`, vectorized over positions."""
    count = len(arr) - n + 1
    h = np.full(max(count, 0), _FNV_BASIS, dtype=np.uint64)
    for k in range(n):
        h = ((h ^ arr[k : k + count]) * _FNV_PRIME) & _MASK32
    return h


@dataclass(frozen=True)
class SparseCounts:
    """Raw hashed n-gram counts of a batch of texts, sorted by (doc, index)."""

    n_docs: int
    doc: np.ndarray  # int64 document number per entry
    index: np.ndarray  # int64 feature bucket per entry
    count: np.ndarray  # float32 occurrences


@dataclass(frozen=True)
class SparseBatch:
    """Weighted, block-normalized feature values of a batch, sorted by (doc, index)."""

    n_docs: int
    doc: np.ndarray
    index: np.ndarray
    value: np.ndarray  # float32


def _char_entries(norms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(doc, bucket) of every char 3-5-gram; texts are joined by NUL so one pass hashes the batch."""
    joined = b"\x00".join(b" " + t.replace("\x00", " ").encode("utf-8") + b" " for t in norms)
    arr = np.frombuffer(joined, dtype=np.uint8).astype(np.uint64)
    seps = np.cumsum(arr == 0)  # document number of each position
    docs, buckets = [], []
    for n in CHAR_NGRAMS:
        if len(arr) < n:
            continue
        h = _fnv_ngrams(arr, n)
        start = seps[: len(h)]
        # a window is valid when it crosses no separator and does not start on one
        ok = (seps[n - 1 : n - 1 + len(h)] == start) & (arr[: len(h)] != 0)
        docs.append(start[ok].astype(np.int64))
        buckets.append(WORD_DIM + ((h[ok] ^ n) % CHAR_DIM).astype(np.int64))
    if not docs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(docs), np.concatenate(buckets)


def hash_counts(texts: Sequence[str]) -> SparseCounts:
    """Hash each text into word 1-2-gram and char 3-5-gram buckets and count them."""
    norms = [normalize(t) for t in texts]
    word_lists = [word_hashes(t) for t in norms]
    word_doc = np.repeat(np.arange(len(norms), dtype=np.int64), [len(w) for w in word_lists])
    word_idx = np.fromiter((i for ws in word_lists for i in ws), dtype=np.int64, count=len(word_doc))
    char_doc, char_idx = _char_entries(norms)
    keys = np.concatenate([word_doc * DIM + word_idx, char_doc * DIM + char_idx])
    uniq, counts = np.unique(keys, return_counts=True)
    return SparseCounts(len(norms), uniq // DIM, uniq % DIM, counts.astype(np.float32))


def weigh(counts: SparseCounts, idf: np.ndarray) -> SparseBatch:
    """Sublinear tf x idf, then L2-normalize the word and char blocks of each document separately."""
    value = (1.0 + np.log(counts.count)) * np.take(idf, counts.index)  # take: faster than fancy indexing
    block = counts.doc * 2 + (counts.index >= WORD_DIM)
    norms = np.sqrt(np.bincount(block, weights=value.astype(np.float64) ** 2, minlength=2 * counts.n_docs))
    value = value / np.maximum(np.take(norms, block), 1e-12)
    return SparseBatch(counts.n_docs, counts.doc, counts.index, value.astype(np.float32))


def featurize(texts: Sequence[str], idf: np.ndarray) -> SparseBatch:
    """The exact features training and inference share."""
    return weigh(hash_counts(texts), idf)


@dataclass(frozen=True)
class AcledPrediction:
    """The most likely ACLED sub-event type of a text, its event type and its probability."""

    event_type: str  # ACLED event type, e.g. "Protests"
    sub_event_type: str  # one of ACLED's 25 sub-event types, spelled as ACLED spells it
    probability: float  # temperature-scaled softmax probability of the sub-event type


def default_model_path() -> Path:
    """The model shipped inside the package (kronika/data/acled_model.npz)."""
    return Path(str(resources.files("kronika") / "data" / "acled_model.npz"))


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable against large scores."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


class AcledClassifier:
    """A linear model over hashed n-grams mapping a sentence to ACLED's 25 sub-event types."""

    def __init__(
        self,
        weights: np.ndarray,
        bias: np.ndarray,
        idf: np.ndarray,
        labels: Sequence[str],
        temperature: float,
    ) -> None:
        """Wrap trained parameters: weights (DIM, n_labels), bias (n_labels,), idf (DIM,)."""
        if weights.shape != (DIM, len(labels)) or idf.shape != (DIM,):
            raise ValueError(f"model shape {weights.shape} does not match featurizer ({DIM}, {len(labels)})")
        unknown = set(labels) - set(SUB_EVENT_TO_EVENT)
        if unknown:
            raise ValueError(f"unknown ACLED sub-event types in model: {sorted(unknown)}")
        # stored float16 (half the file), held float32: gathering float32 rows and scaling them is about
        # twice as fast as widening float16 rows as they are scaled (the same numbers: widening is exact),
        # for 20 MB more memory
        self._weights = weights.astype(np.float16).astype(np.float32)
        self._bias = bias.astype(np.float32)
        self._idf = idf.astype(np.float32)
        self._labels = tuple(labels)
        self._temperature = float(temperature)

    @classmethod
    def load(cls, path: Path | None = None) -> AcledClassifier:
        """Load a model saved by `save` (default: the one shipped in kronika/data)."""
        path = path or default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"ACLED model not found at {path}; run scripts/train_acled.py")
        with np.load(path, allow_pickle=False) as z:
            if int(z["format_version"]) != FORMAT_VERSION:
                raise ValueError(
                    f"{path}: model format {int(z['format_version'])}, expected {FORMAT_VERSION}"
                )
            return cls(
                z["weights"], z["bias"], z["idf"], [str(x) for x in z["labels"]], float(z["temperature"])
            )

    def save(self, path: Path) -> None:
        """Write the model as an uncompressed .npz (float16 weights, no pickles): loads without inflating."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(
            path,
            format_version=np.int64(FORMAT_VERSION),
            weights=self._weights.astype(np.float16),
            bias=self._bias,
            idf=self._idf.astype(np.float16),
            labels=np.array(self._labels),
            temperature=np.float64(self._temperature),
        )

    @property
    def labels(self) -> tuple[str, ...]:
        """The sub-event types, in the column order of `predict_proba`."""
        return self._labels

    def decision_scores(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores (n, n_labels)."""
        out = [self._score_batch(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]
        return np.vstack(out) if out else np.zeros((0, len(self._labels)), np.float32)

    def _score_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Scores of one batch: sum of weight rows times feature values, per document."""
        batch = featurize(texts, self._idf)
        scores = np.tile(self._bias, (batch.n_docs, 1))
        if len(batch.doc):
            # np.take gathers rows faster than fancy indexing
            rows = np.take(self._weights, batch.index, axis=0)
            contrib = np.multiply(rows, batch.value[:, None], dtype=np.float32)
            starts = np.flatnonzero(np.r_[True, batch.doc[1:] != batch.doc[:-1]])
            scores[batch.doc[starts]] += np.add.reduceat(contrib, starts, axis=0)
        return scores

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities (n, n_labels) over `labels`: softmax of the scores at the fitted temperature."""
        return softmax(self.decision_scores(texts) / self._temperature)

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[AcledPrediction]:
        """The most likely sub-event type of each text, with its event type (`floors`: unused, the linear
        model is cheap enough to read every text); a suicide bombing only of a text that names a bomb
        (`without_unnamed_bombs`)."""
        proba = without_unnamed_bombs(self.predict_proba(texts), self._labels, texts)
        best = proba.argmax(axis=1) if len(proba) else np.zeros(0, np.int64)
        return [
            AcledPrediction(SUB_EVENT_TO_EVENT[self._labels[j]], self._labels[j], float(proba[i, j]))
            for i, j in enumerate(best)
        ]
