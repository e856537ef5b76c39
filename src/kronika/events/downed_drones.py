"""A lead fight, strike or attack that brought down an unarmed drone is property destruction."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ACLED_SUB_TO_TYPE, LOOTING
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
# Readings of a fight, a strike, an attack or a seizure a downed drone is told in (every sub-type of those
# ACLED event types); a protest or a riot is none.
_ARMED_TYPES: Final = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"}
)
_ARMED_READINGS: Final = frozenset(sub for sub, kind in ACLED_SUB_TO_TYPE.items() if kind in _ARMED_TYPES)


def _drone_downed(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells an unarmed drone shot down or captured ("Rebels shot down a
    reconnaissance drone over the ridge.")."""
    paragraph = scope.paragraph
    return bool(_UNARMED_DRONE.search(paragraph)) and bool(_BROUGHT_DOWN.search(paragraph))


# A lead fight, strike, attack or strategic development that brought down an unarmed drone is property
# destruction.
downed_drones: Final = LeadRule(readings=_ARMED_READINGS, tells=_drone_downed, becomes=LOOTING)
