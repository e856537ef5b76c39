"""Leads retyped by one act they tell: tyres burned at a protest, civilian vehicles hit, a clash ensuing."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
from kronika.model import Detection

# Tyres burned, fires lit or bonfires made in a protest make it violent: of ACLED's training notes whose
# first sentence tells them, 224 are violent demonstrations, 3 peaceful protests and 1 a protest with
# intervention (98%). The classifier reads some by their demand alone ("youths lit fires at the junction to
# protest power cuts"), and the paragraph's rules look for burning barricades, not tyres or fires alone.
_TYRES_BURNED: Final = re.compile(
    r"\bburn(?:ed|ing|t|s)? (?:[\w'-]+ ){0,2}(?:tyres|tires)\b|\blit (?:[\w'-]+ )?fires\b|\bbonfires?\b"
    r"|\bset (?:[\w'-]+ ){0,2}(?:tyres|tires) (?:on fire|ablaze|alight)\b"
    r"|\bset fire to (?:[\w'-]+ ){0,2}(?:tyres|tires)\b",
    re.IGNORECASE,
)


# Civilian, commercial or passenger vehicles or a company's convoy attacked, ambushed or fired on, no fight,
# escort or force told, were attacked, not fought: of ACLED's training notes whose first sentence says so,
# 86 of 109 are attacks and none an armed clash (the rest mostly riots and remote violence, which this does
# not touch). The classifier reads some as a clash with the armed group that did it ("gunmen ambushed
# traders' trucks on the highway").
_CIVILIAN_VEHICLE: Final = re.compile(
    r"\b(?:civilian|passenger|commercial|public transport|mining|company|transport|traders'?|merchants'?|"
    r"humanitarian|NGO|aid|cargo)(?: [\w'-]+)? (?:vehicles?|bus(?:es)?|convoys?|trucks?|cars?|minibus(?:es)?|"
    r"lorr(?:y|ies))\b",
    re.IGNORECASE,
)
_ASSAILED: Final = re.compile(r"attack|ambush|fired on|opened fire|\bshot\b", re.IGNORECASE)
_FIGHT_ESCORT_OR_FORCE: Final = re.compile(
    r"clash|exchange|fought|fighting|battle|gunfight|firefight|repel|repuls|retaliat|escort|soldiers?|troops|"
    r"\barmy\b|military|police|gendarm|security forces",
    re.IGNORECASE,
)


# An attack after which "there was a clash" or "an exchange of fire ensued" was fought: of ACLED's Attack or
# Armed clash training notes that say so anywhere, 27 of 28 are armed clashes (the rest of such notes, riots,
# this does not touch). The classifier reads the lead's one-sided act ("guards shot their commander ...
# troops nearby responded and there was a clash").
_CLASH_ENSUED: Final = re.compile(
    r"\b(?:there (?:was|were)|ensued|followed by) (?:an? )?(?:brief |short |heavy )?"
    r"(?:clash(?:es)?|exchanges? of fire|gunfights?|firefights?|shoot-?outs?)\b"
    r"|\b(?:clash(?:es)?|exchanges? of fire|gunfights?|firefights?|shoot-?outs?) (?:then )?ensued",
    re.IGNORECASE,
)


def _tyres_burned(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells tyres burned, fires lit or bonfires ("traders burned tyres on the
    highway to protest the market's closure")."""
    return bool(_TYRES_BURNED.search(lead.sentence.text))


def _civilian_vehicle_attacked(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells civilian, commercial or passenger vehicles or a company's convoy
    attacked, ambushed or fired on, and no fight, escort or armed force ("Gunmen ambushed a passenger bus
    on the highway.")."""
    sentence = lead.sentence.text
    if not (_CIVILIAN_VEHICLE.search(sentence) and _ASSAILED.search(sentence)):
        return False
    return not _FIGHT_ESCORT_OR_FORCE.search(sentence)


def _clash_ensued(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells that a clash, an exchange of fire or a gunfight ensued."""
    return bool(_CLASH_ENSUED.search(scope.paragraph))


# A lead peaceful protest whose sentence tells tyres burned or fires lit is a violent demonstration.
tyres_burned: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST}), tells=_tyres_burned, becomes=VIOLENT_DEMONSTRATION
)
# A lead armed clash whose sentence tells civilian vehicles attacked, no fight or force, is an attack.
civilian_vehicles: Final = LeadRule(
    readings=frozenset({ARMED_CLASH}), tells=_civilian_vehicle_attacked, becomes=ATTACK
)
# A lead attack whose paragraph tells a clash ensued is an armed clash.
ensuing_clash: Final = LeadRule(readings=frozenset({ATTACK}), tells=_clash_ensued, becomes=ARMED_CLASH)
