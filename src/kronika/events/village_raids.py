"""A lead armed clash that tells a village or camp attacked and its people killed, no fight, is an attack."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
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


def _village_raided(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells a village, camp or market attacked and people killed, and no fight
    ("Gunmen attacked a village near the river, killing nine villagers.")."""
    paragraph = scope.paragraph
    if not _PLACE_ATTACKED.search(paragraph) or not _PEOPLE_KILLED.search(paragraph):
        return False
    return not _FIGHT_TOLD.search(paragraph)


# A lead armed clash that tells a village or camp attacked and its people killed, no fight, is an attack.
village_raids: Final = LeadRule(readings=frozenset({ARMED_CLASH}), tells=_village_raided, becomes=ATTACK)
