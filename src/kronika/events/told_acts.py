"""Leads retyped by one act their sentence tells: shots fired in a clash, tyres burned at a protest."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, MOB_VIOLENCE, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
from kronika.model import Detection

# A clash or an altercation in which people were shot or guns fired, told of no crowd, protest or force,
# was fought by armed men, not a mob: of ACLED's training notes whose first sentence says so, 117 are armed
# clashes, 19 mob violence and 9 attacks (86% of the clashes armed). Police, soldiers, border guards and
# villagers or students are left out: with them the share of mob violence is twice as high (173 armed
# clashes to 68), and shots in the air, rubber bullets, pellets or tear gas are a force's or a crowd's.
_CLASH: Final = re.compile(r"clash|altercation", re.IGNORECASE)
_SHOTS: Final = re.compile(
    r"\bshot\b|gunshots?|gunfire|bullets?|\bguns?\b|pistols?|\bfiring\b|opened fire|shooting", re.IGNORECASE
)
_CROWD_OR_FORCE: Final = re.compile(
    r"protest|demonstrat|\brall(?:y|ies)\b|procession|hartal|\bstrikes?\b|blockade|\bmobs?\b|police|soldier|"
    r"\barmy\b|troops|forces|border guard|\bBGB\b|\bRAB\b|Ansar|villagers|students|locals|residents|"
    r"in the air|rubber|pellet|tear ?gas",
    re.IGNORECASE,
)

# Tyres burned, fires lit or bonfires made in a protest make it violent: of ACLED's training notes whose
# first sentence tells them, 224 are violent demonstrations, 3 peaceful protests and 1 a protest with
# intervention (98%). The classifier reads some by their demand alone ("growers blocked the road with lit
# fires in protest of cane prices").
_TYRES_BURNED: Final = re.compile(
    r"\bburn(?:ed|ing|t|s)? (?:[\w'-]+ ){0,2}(?:tyres|tires)\b|\blit (?:[\w'-]+ )?fires\b|\bbonfires?\b"
    r"|\bset (?:[\w'-]+ ){0,2}(?:tyres|tires) (?:on fire|ablaze|alight)\b"
    r"|\bset fire to (?:[\w'-]+ ){0,2}(?:tyres|tires)\b",
    re.IGNORECASE,
)


def _shots_in_a_clash(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a clash with shots or guns and no crowd, protest or force ("two men
    were shot during an altercation between rival factions of the party")."""
    sentence = lead.sentence.text
    if not (_CLASH.search(sentence) and _SHOTS.search(sentence)):
        return False
    return not _CROWD_OR_FORCE.search(sentence)


def _tyres_burned(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells tyres burned, fires lit or bonfires ("traders burned tyres on the
    highway to protest the market's closure")."""
    return bool(_TYRES_BURNED.search(lead.sentence.text))


# A lead mob violence whose sentence tells shots in a clash of no crowd or force is an armed clash.
shots_in_a_clash: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}), tells=_shots_in_a_clash, becomes=ARMED_CLASH
)
# A lead peaceful protest whose sentence tells tyres burned or fires lit is a violent demonstration.
tyres_burned: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST}), tells=_tyres_burned, becomes=VIOLENT_DEMONSTRATION
)
