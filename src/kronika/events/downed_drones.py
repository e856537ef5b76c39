"""A lead fight, strike or attack that brought down an unarmed drone is property destruction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import LOOTING, coded_as
from kronika.model import Detection

# ACLED codes an armed drone brought down as a weapon's use disrupted, but one that only watches (a
# surveillance, reconnaissance or spy drone, one told unarmed) as property destroyed or seized: of its
# training notes that tell such a drone shot down, downed, intercepted, captured or seized, 89% (16 of 18)
# are looting/property destruction and 2 disrupted weapons use.
_UNARMED_DRONE: Final = re.compile(
    r"\b(?:surveillance|reconnaissance|spy|unarmed)\b[^.]{0,30}\b(?:drones?|UAVs?|aircraft)\b"
    r"|\b(?:drones?|UAVs?)\b (?:[\w-]+ ){0,2}for (?:surveillance|reconnaissance)\b",
    re.IGNORECASE,
)
_BROUGHT_DOWN: Final = re.compile(
    r"\b(?:shot down|downed|down|anti-air\w*|intercept\w*|captured|seized|took control of)\b", re.IGNORECASE
)
# Readings of a fight, a strike, an attack or a seizure a downed drone is told in; a protest is none.
_ARMED_READINGS: Final = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"}
)


def downed_drones(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a lead read as a fight, a strike or a strategic development retyped as property
    destruction when its paragraph (`first`..`lead_end` in `text`) tells an unarmed drone shot down or
    captured ("Rebels shot down a reconnaissance drone over the ridge.")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_event_type not in _ARMED_READINGS:
        return list(detections)
    paragraph = text[first:lead_end]
    if not _UNARMED_DRONE.search(paragraph) or not _BROUGHT_DOWN.search(paragraph):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, LOOTING))
