"""A lead read as an armed clash whose sentence tells fighter jets or warplanes striking, and whose paragraph
tells no fight on the ground, is an air strike."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import AIR_STRIKE, ARMED_CLASH
from kronika.model import Detection

# The aircraft that strike from the air: fighter jets, warplanes, combat or military aircraft, an air
# force's jets ("military fighter aircraft pounded hideouts", "via jet fighter aerial fire").
_JETS: Final = re.compile(
    r"\b(?:fighter (?:jets?|aircrafts?|planes?)|jet[- ]fighters?|warplanes?|war planes?|fighter-bombers?|"
    r"combat aircraft|military aircraft|air ?force jets?|jets?)\b",
    re.IGNORECASE,
)
# A fight on the ground, fire answered or an aircraft brought down: a battle the jets took part in.
_GROUND_FIGHT: Final = re.compile(
    r"clash|exchang|gun ?fight|gun ?battle|fought|fighting|encounter|firefight|shoot-?out|"
    r"ground (?:forces|troops)|ambush|repel|repuls|retaliat|shot down|downed",
    re.IGNORECASE,
)
# Of ACLED's notes whose first sentence names such aircraft and whose text tells no such fight, 99% (2074 of
# 2089) are air or drone strikes, 4 armed clashes (Israeli warplanes' raids on Syrian regime sites, coded as
# fights with the regime); of the old-schema 2015 study notes (0-4000), 11 of 11 are remote violence. The
# classifier reads some South Asian air strikes told with an operation ("killed two militants via jet
# fighter aerial fire as part of the ongoing operation") as armed clashes.


def _jets_struck(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence names fighter jets or warplanes, its paragraph tells no ground fight and
    the clash is the classifier's own reading (or there is none): where it read an air strike, a rule of
    ACLED's conventions made the strike a clash ("Israeli warplanes carried out raids on regime sites" is a
    fight with the regime), and that stands."""
    reading = scope.prediction
    if reading is not None and reading.sub_event_type != ARMED_CLASH:
        return False
    if not _JETS.search(lead.sentence.text):
        return False
    return not _GROUND_FIGHT.search(scope.text, scope.first, scope.lead_end)


# A lead armed clash told as the work of fighter jets, no fight told, is an air strike.
jet_strikes: Final = LeadRule(
    readings=frozenset({ARMED_CLASH}), plover="ASSAULT", tells=_jets_struck, becomes=AIR_STRIKE
)
