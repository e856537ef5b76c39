"""A riot told only as a clash, its paragraph naming no demonstration or demand, is mob violence; a clash
fought with lethal weapons or firearms is an armed one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import ARMED_CLASH, MOB_VIOLENCE, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection

# ACLED's violent demonstration is a demonstration whose crowd turned violent; its mob violence a crowd
# that came to no demonstration. A clash told with no word of a protest, a demand or an act of protest
# ("party activists clashed with police in the town", "a clash between law enforcers and JeI men") is the
# mob's: of ACLED's protest and riot training notes that tell a clash and name none of the words below,
# 99% (3260 of 3308) are mob violence and 1% (45) violent demonstrations. The classifier often reads such
# clashes with the police as a violent demonstration, as most clashes with the police are.
_CLASH: Final = re.compile(r"\bclash", re.IGNORECASE)
_DEMONSTRATION_TOLD: Final = re.compile(
    r"protest|demonstrat|\brall(?:y|ies|ied)\b|human chains?|\bmarche[sd]\b|\bmarching\b|\ba march\b|"
    r"procession|hartal|\bstrikes?\b|shutdown|blockade|blockage|demand|sit-ins?|gherao|agitat|riot|"
    r"calling for|denounc|\bblock(?:ed|ing)\b",
    re.IGNORECASE,
)

# Sides that clash with lethal weapons or firearms are armed groups, not a mob: of ACLED's Armed clash or
# Mob violence training notes that tell a clash and name either, 96% (229 of 238) are armed clashes ("two
# rival factions clashed with lethal weapons over control of the market").
_ARMS: Final = re.compile(r"\blethal weapons?\b|\bfirearms\b", re.IGNORECASE)


def clash_without_demand(
    detections: Sequence[Detection], text: str, first: int, lead_end: int
) -> list[Detection]:
    """The detections with a lead typed as a violent demonstration retyped as mob violence when its
    paragraph (`first`..`lead_end` in `text`) tells a clash and no demonstration, demand or act of
    protest ("ten people were hurt as party activists clashed with police at a crossroads")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type != VIOLENT_DEMONSTRATION:
        return list(detections)
    paragraph = text[first:lead_end]
    if not _CLASH.search(paragraph) or _DEMONSTRATION_TOLD.search(paragraph):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, MOB_VIOLENCE))


def armed_mob_clash(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a lead typed as mob violence retyped as an armed clash when its paragraph
    (`first`..`lead_end` in `text`) tells a clash and names lethal weapons or firearms."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type != MOB_VIOLENCE:
        return list(detections)
    paragraph = text[first:lead_end]
    if not _CLASH.search(paragraph) or not _ARMS.search(paragraph):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ARMED_CLASH))
