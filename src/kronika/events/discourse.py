"""Discourse: a paragraph's lead sentence is typed with its paragraph; a lead event outranks follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kronika.events.acled_typing import acled_codable
from kronika.events.taxonomy import acled_event_type
from kronika.model import Detection

# Chosen on a tuning slice of ACLED notes (items 300-900 of the evaluation's fixed shuffle): a
# follow-up sentence ("They were arrested the next day.") reports an aftermath, not the main event.
# (Rechecked with paragraph typing: 0.8 or 0.7 gain nothing on items 0-900.)
FOLLOW_UP_FACTOR: Final = 0.92
# A sentence opening with a pronoun subject refers back to an event told before it.
BACK_REFERENCE_FACTOR: Final = 0.9
_BACK_REFERRING: Final = frozenset({"they", "he", "she", "it", "this", "these", "those", "we"})
# A paragraph lead is classified together with the rest of its paragraph, up to this many characters:
# ACLED codes an event from everything the report says about it ("The police later dispersed them"
# turns a peaceful protest into one with intervention), and a news paragraph tells one event.
MAX_PASSAGE_CHARS: Final = 1000


def passages(text: str, spans: Sequence[tuple[int, int]], leads: Sequence[bool]) -> list[str]:
    """The text to type each sentence by: a paragraph lead with the rest of its paragraph, else itself.

    `spans` are the sentences' (start, end) offsets in `text`, in order; `leads[i]` says whether
    sentence i opens a paragraph. Later sentences join while they fit in MAX_PASSAGE_CHARS.
    """
    out = []
    for i, (start, end) in enumerate(spans):
        stop = end
        if leads[i]:
            for (_, later_end), later_lead in zip(spans[i + 1 :], leads[i + 1 :], strict=True):
                if later_lead or later_end - start > MAX_PASSAGE_CHARS:
                    break
                stop = later_end
        out.append(text[start:stop])
    return out


def weigh_by_discourse(
    detections: Sequence[Detection], first: int, lead_reading: str | None = None
) -> list[Detection]:
    """The detections with later sentences discounted when the text's first sentence is a codable event.

    `first` is where the text's first sentence starts. Applied after the classifier's confidence
    is combined in, so that the factor still separates two detections the classifier is nearly sure of.
    `lead_reading` is the classifier's sure sub-type for the first sentence's passage (its paragraph;
    None: none). The first sentence with an event of that ACLED event type tells the main event the
    report and the classifier agree on, and no follow-up after it ("The police later arrested 25 of
    them.") may outrank it: later sentences are capped below that event's confidence.
    """
    lead_codable = any(
        d.sentence.start == first and d.modality == "asserted" and acled_codable(d.type) for d in detections
    )
    weighed = [_weighed(d, first, lead_codable) for d in detections]
    confirmed = [d for d in weighed if d.modality == "asserted" and _reads_as(d, lead_reading)]
    if not confirmed:
        return weighed
    lead = min(d.sentence.start for d in confirmed)
    cap = round(max(d.confidence for d in confirmed if d.sentence.start == lead) * FOLLOW_UP_FACTOR, 3)
    return [_capped(d, lead, cap) for d in weighed]


def _capped(detection: Detection, lead: int, cap: float) -> Detection:
    """A detection after the lead event's sentence (which starts at `lead`) at most as confident as `cap`."""
    if detection.sentence.start <= lead or detection.confidence <= cap:
        return detection
    return replace(detection, confidence=cap)


def _reads_as(detection: Detection, reading: str | None) -> bool:
    """Whether the detection is typed in the ACLED event type of the classifier's reading of its passage."""
    return reading is not None and detection.type.acled_event_type == acled_event_type(reading)


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
