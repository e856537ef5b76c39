"""An explosion that opens a gunfight, a blast "followed by gunfire", is ACLED's armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.taxonomy import ARMED_CLASH, GRENADE, REMOTE_EXPLOSIVE, coded_as
from kronika.model import Detection

# A bomb or mine set off and then fired on ("an IED exploded and was followed by gunshots", "an ambush
# initiated by the detonation of an IED") is a fight, not a remote explosive: of ACLED's training notes that
# tell an explosion followed by, or before, gunfire, shooting or a clash, or an attack initiated by one, and
# name no civilians, farmers, villagers, passengers or the like as those hit, 17 of 19 are armed clashes
# and none remote explosives (2 territory taken).
_BLAST_THEN_FIRE: Final = re.compile(
    r"\b(?:IEDs?|bombs?|explosives?|explosions?|mines?)\b[^.]{0,60}\b(?:followed by|before|then)\b[^.]{0,30}"
    r"\b(?:gunshots|gunfire|shooting|clash\w*|opened fire|an? (?:armed )?attack|firing|small arms)"
    r"|\b(?:initiated|started|began|opened) (?:by|with) (?:an? |the )?(?:\w+ ){0,2}"
    r"(?:IEDs?|detonation|explosions?|bombs?|landmines?)",
    re.IGNORECASE,
)
_CIVILIANS_HIT: Final = re.compile(
    r"\b(?:civilians?|farmers|villagers|passengers|children|women|students|workers|traders|residents)\b",
    re.IGNORECASE,
)
_BLASTS: Final = frozenset({REMOTE_EXPLOSIVE, GRENADE})


def blast_then_fire(detection: Detection) -> Detection:
    """A remote explosive or grenade whose sentence tells the blast followed by gunfire, or an attack
    initiated by it ("an IED exploded and was followed by gunshots that killed three fighters"), and names
    no civilians hit, is an armed clash."""
    text = detection.sentence.text
    if detection.type.acled_sub_event_type not in _BLASTS or not _BLAST_THEN_FIRE.search(text):
        return detection
    if _CIVILIANS_HIT.search(text):
        return detection
    return coded_as(detection, ARMED_CLASH)
