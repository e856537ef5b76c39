"""A lead armed clash that tells a village or camp attacked and its people killed, no fight, is an attack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, coded_as
from kronika.model import Detection

# Armed men who attacked a village, a camp of the displaced or a market and killed its people fought no
# one: of ACLED's training notes that tell such an attack and people, civilians or villagers killed, and no
# defence, clash, exchange, fighting or battle, 87% (61 of 70) are attacks and 10% (7) armed clashes. The
# classifier reads many such notes as a clash with whatever armed side the rest of the note names ("rebels
# attacked a village, killing 18 people; they denied it and blamed government forces").
_PLACE_ATTACKED: Final = re.compile(
    r"\battacked (?:the |a |an )?(?:[\w-]+ ){0,2}(?:villages?|IDP camps?|displacement camps?|"
    r"camps? for (?:the )?displaced|markets?|homesteads?|hamlets?)\b",
    re.IGNORECASE,
)
_PEOPLE_KILLED: Final = re.compile(
    r"\b(?:killing|killed) (?:at least )?(?:\w+ ){0,2}(?:people|civilians|villagers|residents|persons|women|"
    r"children)\b"
    r"|\b(?:people|civilians|villagers|residents|women|children)\b(?: \w+){0,3} "
    r"(?:were |was )?(?:\w+ )?killed\b",
    re.IGNORECASE,
)
_FIGHT_TOLD: Final = re.compile(
    r"defend|clash|exchange|fought|fighting|repel|repuls|retaliat|routed|battle|gunfight|firefight",
    re.IGNORECASE,
)


def village_raids(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a lead read as an armed clash retyped as an attack when its paragraph
    (`first`..`lead_end` in `text`) tells a village, camp or market attacked and people killed, and no
    fight ("Gunmen attacked a village near the river, killing nine villagers.")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type != ARMED_CLASH:
        return list(detections)
    paragraph = text[first:lead_end]
    if not _PLACE_ATTACKED.search(paragraph) or not _PEOPLE_KILLED.search(paragraph):
        return list(detections)
    if _FIGHT_TOLD.search(paragraph):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ATTACK))
