"""A lead attack whose attackers were repelled or forced to retreat is an armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.model import Detection

# Attackers someone repelled, repulsed, fought off, drove back or forced to retreat met armed resistance:
# of ACLED's training notes that say so, 90% (256 of 283) are armed clashes and 4 attacks. The classifier
# reads many by the attack alone ("raiders attacked the village ... the villagers forced them to retreat").
# Attackers routed ("soldiers intervened and routed the assailants") and an attack foiled, thwarted or being
# repelled ("thwarted an attack on the post") met it too: of ACLED's training notes that say so and none of
# the above, 79% (38 of 48) are armed clashes and none attacks (the rest territory retaken, weapons
# seized, crowds).
_ATTACKERS: Final = (
    r"(?:them|the (?:\w+ )?(?:attackers|assailants|raiders|militants|gunmen|insurgents|bandits|rebels))"
)
_REPELLED: Final = re.compile(
    rf"\b(?:forced {_ATTACKERS} to (?:retreat|flee|withdraw)|repell?ed|repulsed|fought (?:them )?back|"
    rf"fought off|drove (?:them|the \w+) (?:back|away|off)|routed {_ATTACKERS}|"
    r"(?:foiled|thwarted|repelling|repulsing|repel|repulse)\b[^.]{0,20}\b"
    r"(?:attack|assault|raid|ambush|attempt))\b",
    re.IGNORECASE,
)


def _attackers_repelled(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells the attackers repelled or forced to retreat ("Gunmen attacked the
    camp. Guards repulsed them.")."""
    return bool(_REPELLED.search(scope.paragraph))


# A lead attack whose attackers were repelled is an armed clash.
repelled_attacks: Final = LeadRule(
    readings=frozenset({ATTACK}), tells=_attackers_repelled, becomes=ARMED_CLASH
)
