"""A lead attack whose attackers were repelled or forced to retreat is an armed clash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, coded_as
from kronika.model import Detection

# Attackers someone repelled, repulsed, fought off, drove back or forced to retreat met armed resistance:
# of ACLED's training notes that say so, 90% (256 of 283) are armed clashes and 4 attacks. The classifier
# reads many by the attack alone ("raiders attacked the village ... the villagers forced them to retreat").
_REPELLED: Final = re.compile(
    r"\b(?:forced (?:them|the (?:\w+ )?(?:attackers|assailants|raiders|militants|gunmen)) to "
    r"(?:retreat|flee|withdraw)|repell?ed|repulsed|fought (?:them )?back|fought off|"
    r"drove (?:them|the \w+) (?:back|away|off))\b",
    re.IGNORECASE,
)


def repelled_attacks(
    detections: Sequence[Detection], text: str, first: int, lead_end: int
) -> list[Detection]:
    """The detections with a lead attack retyped as an armed clash when its paragraph (`first`..`lead_end`
    in `text`) tells the attackers repelled or forced to retreat ("Gunmen attacked the camp. Guards
    repulsed them.")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type != ATTACK:
        return list(detections)
    if not _REPELLED.search(text[first:lead_end]):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ARMED_CLASH))
