"""Follow-up discounting: a report's lead event outranks the sentences after it that tell its aftermath."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kronika.events.acled_typing import acled_codable
from kronika.events.lead_rules import lead_detection
from kronika.events.taxonomy import acled_event_type
from kronika.model import Detection

# Chosen on a tuning slice of ACLED notes (items 300-900 of the evaluation's fixed shuffle): a
# follow-up sentence ("They were arrested the next day.") reports an aftermath, not the main event.
# (Rechecked with paragraph typing: 0.8 or 0.7 gain nothing on items 0-900.)
FOLLOW_UP_FACTOR: Final = 0.92
# A sentence opening with a pronoun subject refers back to an event told before it.
BACK_REFERENCE_FACTOR: Final = 0.9
_BACK_REFERRING: Final = frozenset({"they", "he", "she", "it", "this", "these", "those", "we"})


def weigh_by_discourse(
    detections: Sequence[Detection], first: int, lead_reading: str | None = None, *, weak: bool = False
) -> list[Detection]:
    """The detections with later sentences discounted when the text's first sentence is a codable event.

    `first` is where the text's first sentence starts. Applied after the classifier's confidence
    is combined in, so that the factor still separates two detections the classifier is nearly sure of.
    `lead_reading` is the classifier's sure sub-type for the first sentence's passage (its paragraph;
    None: none). The first sentence with an event of that ACLED event type tells the main event the
    report and the classifier agree on, and no follow-up after it ("The police later arrested 25 of
    them.") may outrank it: later sentences are capped below that event's confidence. With no sure
    reading, the first sentence's own codable events lead the same way: the report's lead is all there
    is to go by (on the evaluation's ACLED notes 0-2538 this makes 5 notes' sub-types right and none
    wrong). When no event has the sure reading's type, the lead as typed holds if ACLED codes it with a
    sub-type of its own: a coding rule retyped it ("raided and damaged a home", no one harmed: property
    destruction, not the attack the classifier read), and a follow-up arrest must not outrank it for want
    of an attack to hold by. A `weak` reading (under the bar at which a reading makes an event of its
    own) that only a later sentence's event has does not take the lead from the first sentence's own
    codable event: the paragraph it reads holds the follow-up's words too ("Soldiers retook the village
    after a clash. They recovered bombs and rifles left behind": read as weapons seized), and the first
    sentence leads as with no reading. Rare: of the 5,600 held-out study notes (May 0..1600, validation
    and extra 0..2000) it changes the main event of one, rightly (at any strength of reading, the same
    one), and of the check slices none.
    """
    lead_codable = any(d.sentence.start == first and _codable_event(d) for d in detections)
    weighed = [_weighed(d, first, lead_codable) for d in detections]
    if lead_reading is None:
        confirmed = [d for d in weighed if d.sentence.start == first and _codable_event(d)]
    else:
        confirmed = [d for d in weighed if d.modality == "asserted" and _reads_as(d, lead_reading)]
        if weak and confirmed and not any(d.sentence.start == first for d in confirmed):
            # a weak reading only a later sentence agrees with: the first sentence's own events lead
            confirmed = [d for d in weighed if d.sentence.start == first and _codable_event(d)] or confirmed
        # no event of the reading's type (a coding rule retyped the lead): the lead as typed holds
        confirmed = confirmed or _coded_lead(weighed, first)
    if not confirmed:
        return weighed
    lead = min(d.sentence.start for d in confirmed)
    cap = round(max(d.confidence for d in confirmed if d.sentence.start == lead) * FOLLOW_UP_FACTOR, 3)
    return [_capped(d, lead, cap) for d in weighed]


def _coded_lead(detections: Sequence[Detection], first: int) -> list[Detection]:
    """The lead (the surest asserted detection of the sentence starting at `first`) when it is an event
    ACLED codes with a sub-type of its own, else none."""
    lead = lead_detection(detections, first)
    if lead is None or not _codable_event(lead) or lead.type.acled_sub_event_type is None:
        return []
    return [lead]


def _codable_event(detection: Detection) -> bool:
    """Whether the detection is an asserted event that ACLED would code."""
    return detection.modality == "asserted" and acled_codable(detection.type)


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
