"""Near ties in a report's lead: the classifier's reading of the lead passage says which event leads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from kronika.events.acled_typing import acled_codable
from kronika.model import Detection

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kronika.events.classifier import AcledPrediction

# How much surer the lead sentence's first event may be than a rival of another ACLED event type for the
# classifier's reading to choose between them. "attacked and looted a market", "attacked a mining site,
# burning shops": the two triggers' weights differ by their lexicon entries alone (0.1 and less), which
# says nothing of which event ACLED coded, while the classifier read the whole note. The rival must be
# an act the sentence tells by a verb: a noun ("assaulted a student over his part in a demonstration") is
# mostly a circumstance of the act told.
TIE_MARGIN: Final = 0.1


def reading_breaks_tie(
    detections: Sequence[Detection], first: int, prediction: AcledPrediction | None, doc: Doc
) -> list[Detection]:
    """The detections, with the lead sentence's (starting at `first`) surest asserted event and a rival
    of another ACLED event type trading confidences where the rival is told by a verb, within `TIE_MARGIN`
    of it and has the sub-type the classifier reads the lead passage as (`prediction`), while the surest
    has not (`doc`: the parsed text the detections' offsets point into)."""
    if prediction is None:
        return list(detections)
    lead = [d for d in detections if d.sentence.start == first and _codable_event(d)]
    if not lead:
        return list(detections)
    top = max(lead, key=lambda d: d.confidence)
    if top.type.acled_sub_event_type == prediction.sub_event_type:
        return list(detections)
    rivals = [d for d in lead if _rival(d, top, prediction.sub_event_type) and _told_by_verb(d, doc)]
    if not rivals:
        return list(detections)
    rival = max(rivals, key=lambda d: d.confidence)
    return [_traded(d, top, rival) for d in detections]


def _rival(detection: Detection, top: Detection, reading: str) -> bool:
    """Whether `detection` is of another ACLED event type than `top`, of the `reading`'s sub-type, and
    nearly as sure."""
    if detection.type.acled_event_type == top.type.acled_event_type:
        return False
    near = top.confidence - detection.confidence <= TIE_MARGIN
    return near and detection.type.acled_sub_event_type == reading


def _told_by_verb(detection: Detection, doc: Doc) -> bool:
    """Whether the detection's trigger is headed by a verb ("looted", "burning", "set fire to")."""
    trigger = detection.trigger
    words = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return words is not None and words.root.pos_ == "VERB"


def _traded(detection: Detection, top: Detection, rival: Detection) -> Detection:
    """`detection`, with `top`'s confidence if it is `rival` and `rival`'s if it is `top`."""
    if detection is rival:
        return replace(detection, confidence=top.confidence)
    if detection is top:
        return replace(detection, confidence=rival.confidence)
    return detection


def _codable_event(detection: Detection) -> bool:
    """Whether the detection is an asserted event that ACLED would code."""
    return detection.modality == "asserted" and acled_codable(detection.type)
