"""A lead riot or attack whose paragraph names an armed clash is ACLED's armed clash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection

# A report that calls its fight an armed clash ("over a hundred villagers were hurt in an armed clash
# between two villages") names ACLED's own sub-type: of its training notes that say "armed clash", 97% (665
# of 686) are armed clashes, 4 attacks. The classifier reads some by the injuries or the looting alone.
_ARMED_CLASH: Final = re.compile(r"\barmed clash(?:es)?\b", re.IGNORECASE)
_VIOLENT_READINGS: Final = frozenset({ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION})


def named_clashes(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a lead read as an attack, mob violence or a violent demonstration retyped as an
    armed clash when its paragraph (`first`..`lead_end` in `text`) calls the fight an armed clash."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type not in _VIOLENT_READINGS:
        return list(detections)
    if not _ARMED_CLASH.search(text, first, lead_end):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ARMED_CLASH))
