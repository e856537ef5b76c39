"""A stand-in ACLED classifier for detector specs: it reads every text the same way (no state)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kronika.events.taxonomy import acled_event_type


@dataclass(frozen=True)
class Reading:
    """One classifier reading, shaped like `AcledPrediction`."""

    event_type: str
    sub_event_type: str
    probability: float


@dataclass(frozen=True)
class FixedTyper:
    """Reads every text as `reading`."""

    reading: Reading

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[Reading]:
        return [self.reading for _ in texts]


def read_as(sub: str, probability: float) -> Reading:
    """A reading of ACLED sub-type `sub` (its event type follows) at `probability`."""
    event_type = acled_event_type(sub)
    assert event_type is not None
    return Reading(event_type, sub, probability)
