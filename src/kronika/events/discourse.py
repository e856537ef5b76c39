"""Discourse weighting of confidence: a short text's lead event outranks its follow-up sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kronika.events.acled_typing import acled_codable
from kronika.model import Detection

# Chosen on a tuning slice of ACLED notes (items 300-900 of the evaluation's fixed shuffle): a
# follow-up sentence ("They were arrested the next day.") reports an aftermath, not the main event.
FOLLOW_UP_FACTOR: Final = 0.92
# A sentence opening with a pronoun subject refers back to an event told before it.
BACK_REFERENCE_FACTOR: Final = 0.9
_BACK_REFERRING: Final = frozenset({"they", "he", "she", "it", "this", "these", "those", "we"})


def weigh_by_discourse(detections: Sequence[Detection], first: int) -> list[Detection]:
    """The detections with later sentences discounted when the text's first sentence is a codable event.

    `first` is where the text's first sentence starts. Applied after the classifier's confidence
    is combined in, so that the factor still separates two detections the classifier is nearly sure of.
    """
    lead_codable = any(
        d.sentence.start == first and d.modality == "asserted" and acled_codable(d.type) for d in detections
    )
    return [_weighed(d, first, lead_codable) for d in detections]


def _weighed(detection: Detection, first: int, lead_codable: bool) -> Detection:
    """One detection with its follow-up and back-reference factors applied."""
    if detection.sentence.start == first:
        return detection
    factor = FOLLOW_UP_FACTOR if lead_codable else 1.0
    if opens_with_pronoun(detection.sentence.text):
        factor *= BACK_REFERENCE_FACTOR
    if factor == 1.0:
        return detection
    return replace(detection, confidence=round(detection.confidence * factor, 3))


def opens_with_pronoun(sentence: str) -> bool:
    """Whether the sentence's first word is a pronoun that points back ('They were arrested later')."""
    words = sentence.split(maxsplit=1)
    return bool(words) and words[0].lower().strip(",.;:") in _BACK_REFERRING
