"""A lead attack, strike or clash telling a manned aircraft shot down, no fight, is a missile attack."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import AIR_STRIKE, ARMED_CLASH, ATTACK, SHELLING

# A helicopter, plane, jet or gunship shot down or downed ("rebels claimed to have downed an army
# helicopter") was hit by fire from the ground at a target out of sight: ACLED codes it as a shelling,
# artillery or missile attack. Of its training notes that tell so and no clash, fight, battle or exchange,
# no bombing by the aircraft and no drone (whose downing `downed_drones` codes), 10 of 11 are coded so, 1
# an armed clash; of the 11 that tell it beside a fight, a bombing or a drone, only 2.
_AIRCRAFT_DOWNED: Final = re.compile(
    r"\b(?:(?:shot|shoot|shoots|shooting|brought|bring|brings|gunned) down|downed|downing) "
    r"(?:(?:a|an|the|two|three|\d+) )?(?:[\w.'’-]+ ){0,3}?"
    r"(?:helicopters?|planes?|aircraft|jets?|airplanes?|warplanes?|gunships?|MiGs?)\b",
    re.IGNORECASE,
)
_FOUGHT_OR_BOMBED: Final = re.compile(
    r"clash|fight|battl|exchang|bombard|bombing|unmanned|drones?\b|\bUAV", re.IGNORECASE
)

# A lead attack, air strike or armed clash whose paragraph tells an aircraft shot down, and no fight, no
# bombing and no drone, is a shelling, artillery or missile attack.
downed_aircraft: Final = LeadRule(
    readings=frozenset({ATTACK, AIR_STRIKE, ARMED_CLASH}),
    plover="ASSAULT",
    tells=ParagraphTells(_AIRCRAFT_DOWNED, _FOUGHT_OR_BOMBED),
    becomes=SHELLING,
)
