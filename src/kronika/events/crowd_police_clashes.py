"""A lead read as an armed clash whose sentence tells a crowd that clashed with the police is a riot."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, VIOLENT_DEMONSTRATION
from kronika.model import Detection

# People who come out as a crowd, not as an armed side: protesters, lawyers, students, villagers, a party's
# supporters, a community's members.
_CROWD: Final = (
    r"(?:protesters|protestors|demonstrators|lawyers|students|villagers|residents|locals|supporters|"
    r"activists|workers|farmers|traders|youths|mobs?|crowds?|community members|"
    r"members of the [\w-]+ community)"
)
_POLICE: Final = r"(?:police|security forces|law enforc\w+|cops|officers)"
# "Protesters clashed with the police", "a clash between Sikh community members and the police": of ACLED's
# notes whose first sentence says so and names no gunfire or armed side, 99% (638 of 645) are riots (513
# violent demonstrations, 125 mob violence) and 1 an armed clash; of the old-schema 2015 study notes (0-4000),
# 30 of 30 are riots or protests. The classifier reads some such clashes in South Asian reports as armed
# ones ("lawyers clashed with police forces outside the district court").
_CROWD_CLASHED_WITH_POLICE: Final = re.compile(
    rf"\b{_CROWD}\b[^.;]{{0,60}}\bclash(?:ed|es)? with (?:the )?(?:[\w-]+ ){{0,2}}{_POLICE}\b"
    rf"|\bclash(?:es)? between (?:the )?(?:[\w-]+ ){{0,3}}{_CROWD} and (?:the )?{_POLICE}\b",
    re.IGNORECASE,
)
# Gunfire, or an armed side named, makes the clash a fight with arms, which this leaves to the reading.
_ARMED: Final = re.compile(
    r"\b(?:guns?|gunfire|gunshots?|fire[ds]?|firing|shot|bullets?|militants?|rebels?|gunmen|armed|"
    r"insurgents?|bombs?)\b",
    re.IGNORECASE,
)


def _crowd_clashed_with_police(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says a crowd clashed with the police and names no gunfire or armed side."""
    sentence = lead.sentence.text
    return bool(_CROWD_CLASHED_WITH_POLICE.search(sentence)) and not _ARMED.search(sentence)


# A lead armed clash whose sentence tells a crowd's clash with the police is a violent demonstration (which
# `mob_clashes.clash_without_demand` makes mob violence where its paragraph tells no demand).
crowd_police_clash: Final = LeadRule(
    readings=frozenset({ARMED_CLASH}),
    plover="ASSAULT",
    tells=_crowd_clashed_with_police,
    becomes=VIOLENT_DEMONSTRATION,
)
