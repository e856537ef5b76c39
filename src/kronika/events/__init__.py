"""The events stage: detecting event triggers and typing them (PLOVER type/mode, ACLED sub-type, modality)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from kronika.events.classifier import AcledPrediction

if TYPE_CHECKING:  # the typers and their training scripts import this package without spaCy
    from spacy.tokens import Doc

    from kronika.model import Article, Detection


class AcledTyper(Protocol):
    """Anything that gives ACLED event and sub-event types for sentences (the trained classifier)."""

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[AcledPrediction]:
        """One prediction per text, in order. `floors` (one per text, optional) tell the least probability
        at which a text's reading changes anything: a typer may read a text more cheaply where its reading
        is sure to stay below that."""
        ...


class EventDetector(Protocol):
    """Finds the events an analysed article reports."""

    def detect(self, doc: Doc, article: Article) -> list[Detection]:
        """Every event trigger in the article, one Detection per event, in text order."""
        ...


def load_detector(acled: AcledTyper | None = None) -> EventDetector:
    """The rule-based detector with the packaged trigger lexicon; `acled` refines ACLED sub-types."""
    from kronika.events.detector import RuleDetector
    from kronika.events.lexicon import Lexicon

    return RuleDetector(Lexicon.load(), acled)


__all__ = ["AcledPrediction", "AcledTyper", "EventDetector", "load_detector"]
