"""Explosions' ACLED sub-types: a blast that opens a gunfight is a clash; explosives thrown, a grenade."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.taxonomy import ARMED_CLASH, ATTACK, GRENADE, MOB_VIOLENCE, REMOTE_EXPLOSIVE, recoded
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
    return recoded(detection, _BLASTS, _BLAST_THEN_FIRE, _CIVILIANS_HIT, ARMED_CLASH)


# Explosives thrown ("gunmen hurled explosives at the county offices", "threw a grenade at a police post") are
# ACLED's grenade attack, never a mob's violence: of its training notes whose first sentence tells
# explosives, grenades or an explosive device hurled, thrown, lobbed or tossed, and names no mob, riot,
# protest, crowd or fight, 86% (168 of 196) are grenades, 2 attacks and none mob violence. A reading of
# mob violence or an attack gives way; a clash (13) is left to stand.
_EXPLOSIVES_THROWN: Final = re.compile(
    r"\b(?:hurl\w*|threw|thrown|throwing|lobb\w*|toss\w*) (?:\w+ ){0,2}"
    r"(?:explosives?|grenades?|explosive devices?)\b",
    re.IGNORECASE,
)
_CROWD_OR_FIGHT: Final = re.compile(
    r"mob|riot|protest|demonstr|crowd|clash|exchang|fired back|gunfight", re.IGNORECASE
)
_THROWN_READINGS: Final = frozenset({MOB_VIOLENCE, ATTACK})


def explosives_thrown(detection: Detection) -> Detection:
    """Violence read as mob violence or an attack whose sentence tells explosives or grenades thrown
    ("gunmen hurled explosives at the offices"), and no crowd or fight, is a grenade attack."""
    return recoded(detection, _THROWN_READINGS, _EXPLOSIVES_THROWN, _CROWD_OR_FIGHT, GRENADE)
