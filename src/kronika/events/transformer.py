"""The fine-tuned MiniLM sub-event typer run through onnxruntime, and its blend with the linear model."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np

from kronika.events.bomb_readings import without_unnamed_bombs
from kronika.events.classifier import SUB_EVENT_TO_EVENT, AcledClassifier, AcledPrediction, softmax

if TYPE_CHECKING:
    import onnxruntime
    from tokenizers import Tokenizer

MODEL_FILE: Final = "acled_minilm.int8.onnx"
# onnxruntime's fused residual-add-and-layer-norm kernel is several times slower per call on one thread than
# the plain add and LayerNormalization it replaces (the model runs ~13% faster without it); the two round
# differently, which moves a few borderline readings (measured on the full evaluation before adopting it)
UNFUSED: Final = ("SkipLayerNormFusion",)
TOKENIZER_FILE: Final = "acled_minilm_tokenizer.json"
META_FILE: Final = "acled_minilm.json"
FORMAT_VERSION: Final = 1
BLEND_WEIGHT: Final = 0.5  # the transformer's share of the blended probabilities: a plain mean
SURE: Final = 0.9  # the linear model's top probability from which the transformer is not asked
# The unsure passages of one document the transformer reads: the lead's and the next three. A coder's note
# has at most four (on 600 held-out notes, none has more), so notes read as before; a long article's later
# passages (background, quotes) keep the linear reading, which keeps the event stage over 1,000 sentences/s.
DOCUMENT_READS: Final = 4


@dataclass(frozen=True)
class TransformerMeta:
    """What the exported model needs besides its weights: label order, temperature, input length."""

    labels: tuple[str, ...]
    temperature: float
    max_tokens: int


def default_dir() -> Path:
    """The folder the model ships in (kronika/data)."""
    return Path(str(resources.files("kronika") / "data"))


def read_meta(path: Path) -> TransformerMeta:
    """The model's metadata file, checked against the sub-event types this version knows."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"{path}: model format {raw.get('format_version')}, expected {FORMAT_VERSION}")
    unknown = set(raw["labels"]) - set(SUB_EVENT_TO_EVENT)
    if unknown:
        raise ValueError(f"{path}: unknown ACLED sub-event types {sorted(unknown)}")
    return TransformerMeta(tuple(raw["labels"]), float(raw["temperature"]), int(raw["max_tokens"]))


def most_likely(proba: np.ndarray, labels: Sequence[str]) -> list[AcledPrediction]:
    """Each row's most probable sub-event type, with its event type and probability."""
    best = proba.argmax(axis=1) if len(proba) else np.zeros(0, np.int64)
    return [
        AcledPrediction(SUB_EVENT_TO_EVENT[labels[j]], labels[j], float(proba[i, j]))
        for i, j in enumerate(best)
    ]


class TransformerTyper:
    """MiniLM-L6 fine-tuned on ACLED notes (mean-pooled, one linear head), int8, on one CPU thread."""

    def __init__(
        self, session: onnxruntime.InferenceSession, tokenizer: Tokenizer, meta: TransformerMeta
    ) -> None:
        """Wrap a loaded session and tokenizer; `meta` gives the label order and temperature."""
        self._session = session
        self._tokenizer = tokenizer
        self._meta = meta
        self._takes_mask = "attention_mask" in {i.name for i in session.get_inputs()}

    @classmethod
    def load(cls, folder: Path | None = None) -> TransformerTyper:
        """Load the model shipped in kronika/data (or in `folder`), single-threaded so that every worker
        computes the same numbers and a process pool does not oversubscribe the cores."""
        import onnxruntime
        from tokenizers import Tokenizer

        folder = folder or default_dir()
        meta = read_meta(folder / META_FILE)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            str(folder / MODEL_FILE),
            options,
            providers=["CPUExecutionProvider"],
            disabled_optimizers=list(UNFUSED),
        )
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        tokenizer.enable_truncation(meta.max_tokens)
        tokenizer.no_padding()
        return cls(session, tokenizer, meta)

    @property
    def labels(self) -> tuple[str, ...]:
        """The sub-event types, in the column order of `predict_proba`."""
        return self._meta.labels

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities (n, n_labels): softmax of the logits at the fitted temperature."""
        if not texts:
            return np.zeros((0, len(self.labels)), np.float32)
        # one at a time: encode_batch would start a thread pool, and this stage keeps to one core
        encodings = [self._tokenizer.encode(text) for text in texts]
        logits = np.vstack([self._run(e.ids) for e in encodings])
        return softmax(logits / self._meta.temperature)

    def predict(self, texts: Sequence[str]) -> list[AcledPrediction]:
        """The most likely sub-event type of each text, with its event type and probability; a suicide bombing
        only of a text that names a bomb (`without_unnamed_bombs`)."""
        return most_likely(without_unnamed_bombs(self.predict_proba(texts), self.labels, texts), self.labels)

    def _run(self, ids: list[int]) -> np.ndarray:
        """Logits (1, n_labels) of one sentence's token ids. One sentence a run: the int8 model scales
        its activations per batch, so a sentence batched with others would read a little differently
        (and on one core, batching saves nothing). The shipped graph has its all-ones attention mask
        folded out (scripts/fold_minilm_mask.py); a freshly exported one still asks for the mask."""
        input_ids = np.array([ids], np.int64)
        feed = {"input_ids": input_ids}
        if self._takes_mask:
            feed["attention_mask"] = np.ones_like(input_ids)
        (logits,) = self._session.run(["logits"], feed)
        return np.asarray(logits, np.float32)


class BlendedTyper:
    """The linear model, and where it is unsure, the mean of its and the transformer's calibrated
    probabilities: each errs where the other does not, and the slow transformer reads only the
    sentences that need it (on held-out notes the linear model is right 99% of the time at 0.95 and above,
    and blending those changes nothing). With `reads`, each call (one document's passages, its lead first)
    costs at most that many transformer runs."""

    def __init__(
        self,
        linear: AcledClassifier,
        transformer: TransformerTyper,
        weight: float = BLEND_WEIGHT,
        sure: float = SURE,
        reads: int | None = None,
    ) -> None:
        """Blend two typers over the same labels; `weight` is the transformer's share, `sure` the linear
        model's top probability from which its reading stands alone, `reads` the most unsure texts of one
        call the transformer reads (the first ones; None: all)."""
        if linear.labels != transformer.labels:
            raise ValueError("the linear model and the transformer order their labels differently")
        self._linear = linear
        self._transformer = transformer
        self._weight = weight
        self._sure = sure
        self._reads = reads

    @classmethod
    def load(cls, reads: int | None = None) -> BlendedTyper:
        """Both models shipped in the package; `reads` caps the transformer's texts per call."""
        return cls(AcledClassifier.load(), TransformerTyper.load(), reads=reads)

    @property
    def labels(self) -> tuple[str, ...]:
        """The sub-event types, in the column order of `predict_proba`."""
        return self._linear.labels

    @property
    def sure(self) -> float:
        """The linear model's top probability from which the transformer is not asked."""
        return self._sure

    def predict_proba(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> np.ndarray:
        """The linear model's probabilities, blended with the transformer's where it is unsure; `floors`
        (one per text) the least top probability at which a text's reading changes anything to its reader."""
        proba = self._linear.predict_proba(texts)
        unsure = np.flatnonzero(proba.max(axis=1) < self._sure) if len(proba) else np.zeros(0, np.int64)
        unsure = unsure[: self._reads]
        if floors is not None and len(unsure):
            # the blend can lift no probability above what full agreement gives (float32 rounding is
            # monotone, so this bound holds to the last bit): where even that stays under the text's floor,
            # its reading matters to no one and the transformer need not run. Texts passed over this way
            # still count against `reads`, so the transformer reads the same other texts as without floors.
            reach = (1 - self._weight) * proba[unsure].max(axis=1) + self._weight * np.float32(1.0)
            unsure = unsure[reach.astype(np.float64) >= np.asarray(floors, np.float64)[unsure]]
        if len(unsure):
            second = self._transformer.predict_proba([texts[int(i)] for i in unsure])
            proba[unsure] = (1 - self._weight) * proba[unsure] + self._weight * second
        return proba

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[AcledPrediction]:
        """The most likely sub-event type of each text, with its event type and blended probability; a text
        whose blend cannot reach its floor (`predict_proba`) keeps the linear model's reading; a suicide
        bombing only of a text that names a bomb (`without_unnamed_bombs`)."""
        proba = without_unnamed_bombs(self.predict_proba(texts, floors), self.labels, texts)
        return most_likely(proba, self.labels)
