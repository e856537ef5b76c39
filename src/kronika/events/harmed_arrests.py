"""Arrests told with harm or gunfire: ACLED codes the violence its lead tells, never the arrest."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.crowd_rules import PROTEST_TOLD
from kronika.events.lead_rules import LeadScope, lead_detection, with_lead
from kronika.events.taxonomy import (
    ACLED_SUB_TO_TYPE,
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    VIOLENT_ACLED_TYPES,
    coded_as,
)
from kronika.model import Detection

# ACLED's arrests are non-violent: of its training notes (no coder's heading) whose first sentence tells an
# arrest or detention and someone killed, dead, beaten, tortured, wounded, injured, shot or raped there, or
# gunfire, shots fired at someone or a gunfight, and tells neither that harm denied nor the arrested as
# suspects of it ('arrested in connection with the killing'), none of 464 is coded as arrests: 152 are
# attacks, 99 violent demonstrations, 83 armed clashes, 54 peaceful protests, 42 mob violence. Of the 278
# that tell no protest, those telling harm are attacks 139 times in 253 (armed clashes 52, mob violence
# 37), those telling gunfire armed clashes 23 times in 25.
_ARREST: Final = re.compile(r"\b(?:arrest\w*|detain\w*|detention)\b", re.IGNORECASE)
_HARM: Final = re.compile(
    r"\b(?:killed|died|dead|beat|beaten|tortured|injured|wounded|shot|raped|lynched)\b", re.IGNORECASE
)
_FIRE: Final = re.compile(
    r"\b(?:gunshots?|gunfire|gun ?fights?|gun ?battles?|opened fire|fired (?:shots |bullets |live rounds )?"
    r"(?:at|on|upon)|exchanges? of fire|exchanged fire|shoot-?outs?)\b",
    re.IGNORECASE,
)
# The harm is the arrested's alleged crime, not the arrest's: a suspect in a shooting ('police arrested a
# man suspected of killing his neighbour'), as news reports mostly tell an arrest.
_OTHERS_CRIME: Final = re.compile(
    r"\b(?:suspect\w*|accused|charged?|charges|wanted|in (?:connection|relation) (?:with|to)|"
    r"for (?:the |his |her |their )?(?:alleged )?"
    r"(?:killing|murder\w*|shooting|death|attack\w*|rape|assault\w*))\b",
    re.IGNORECASE,
)
_DENIED: Final = re.compile(
    r"\b(?:no one|nobody|none|no \w+ (?:was|were)|without (?:firing|a shot|injur\w*))\b", re.IGNORECASE
)
# The readings of its passage that code the violence itself: political violence and a crowd's.
_VIOLENCE_TYPES: Final = VIOLENT_ACLED_TYPES | {"Riots", "Protests"}


def harmed_arrests(found: list[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with a lead coded as arrests whose sentence tells harm or gunfire recoded: as its
    passage's reading where that reads violence or a protest, else an armed clash where the sentence
    tells gunfire and an attack where it tells harm (the commonest codings of such notes), unless it
    tells a protest, whose coding the reading alone knows."""
    lead = lead_detection(found, scope.first)
    if lead is None or lead.type.acled_sub_event_type != ARRESTS:
        return found
    text = lead.sentence.text
    fired = bool(_FIRE.search(text))
    if not (_ARREST.search(text) and (fired or _HARM.search(text))):
        return found
    if _OTHERS_CRIME.search(text) or _DENIED.search(text):
        return found
    reading = scope.prediction
    if reading is not None and ACLED_SUB_TO_TYPE.get(reading.sub_event_type) in _VIOLENCE_TYPES:
        return with_lead(found, lead, coded_as(lead, reading.sub_event_type))
    if PROTEST_TOLD.search(text):
        return found
    return with_lead(found, lead, coded_as(lead, ARMED_CLASH if fired else ATTACK))
