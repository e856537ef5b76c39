"""Leads retyped by one act their sentence tells: tyres burned or fires lit at a protest."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
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


def _tyres_burned(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells tyres burned, fires lit or bonfires ("traders burned tyres on the
    highway to protest the market's closure")."""
    return bool(_TYRES_BURNED.search(lead.sentence.text))


# A lead peaceful protest whose sentence tells tyres burned or fires lit is a violent demonstration.
tyres_burned: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST}), tells=_tyres_burned, becomes=VIOLENT_DEMONSTRATION
)
