"""A strike, shelling, fight or attack whose sentence names a chemical agent used: ACLED's chemical weapon."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from kronika.events.taxonomy import (
    AIR_STRIKE,
    ARMED_CLASH,
    ATTACK,
    CHEMICAL_WEAPON,
    REMOTE_EXPLOSIVE,
    SHELLING,
    recoded,
)
from kronika.model import Detection

# The agents of chemical warfare ('barrels filled with chlorine gas', 'a sarin attack', 'nerve agent'); not
# tear gas, a crowd's dispersal, nor white phosphorus, an incendiary ACLED codes by how it was delivered
# (its training notes telling phosphorus bombs are air strikes, 15 of 15)
_AGENT: Final = re.compile(
    r"\b(?:chlorine|sarin|mustard gas|nerve (?:agent|gas)s?|chemical (?:weapons?|agents?|munitions?|bombs?"
    r"|shells?|attacks?)|toxic gas|poison(?:ous)? gas|VX)\b",
    re.IGNORECASE,
)
# ... its stock found, seized or destroyed is no use of it
_NOT_USED: Final = re.compile(
    r"\b(?:stockpiles?|destroy\w*|dismantl\w*|seiz\w*|found|discovered|inspect\w*|ban(?:s|ned)?)\b",
    re.IGNORECASE,
)
# the readings of violence a chemical agent's use is told as
_DELIVERIES: Final = frozenset({AIR_STRIKE, SHELLING, ARMED_CLASH, ATTACK, REMOTE_EXPLOSIVE})


def chemical_attack(detection: Detection) -> Detection:
    """An assault read as a strike, shelling, fight or attack whose sentence tells a chemical agent used
    ('helicopters dropped barrels filled with chlorine gas on the town') is a chemical weapon's use, however
    it was delivered: ACLED's sub-type for it, PLOVER's mode 'chemical'."""
    if detection.type.plover != "ASSAULT":
        return detection
    coded = recoded(detection, _DELIVERIES, _AGENT, _NOT_USED, CHEMICAL_WEAPON)
    return detection if coded is detection else replace(coded, type=replace(coded.type, mode="chemical"))
