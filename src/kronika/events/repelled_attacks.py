"""A lead attack whose attackers were repelled, routed or forced to retreat is an armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.model import Detection

# Attackers someone repelled, repulsed, fought off, drove back or forced to retreat met armed resistance:
# of ACLED's training notes that say so, 90% (256 of 283) are armed clashes and 4 attacks. The classifier
# reads many by the attack alone ("raiders attacked the village ... the villagers forced them to retreat").
# So did attackers routed, pushed back or chased away ("soldiers intervened and routed the assailants"):
# of the training notes that say so and none of the words above, 8 of 11 are armed clashes and none an
# attack (the others a protest's or a riot's, which this rule, reading attacks only, leaves alone).
# Attackers chased "out" of a place they held ("troops chased them out of the village") were driven off
# after the attack, which ACLED codes as the attack it was; traders "routed from their stalls" or a
# convoy "routed through" a town are not the attackers. An attack foiled, thwarted or being repelled
# ("thwarted an attack on the post") met it too: of the training notes that say so and none of the above,
# 38 of 48 are armed clashes and none attacks (the rest territory retaken, weapons seized, crowds).
_ATTACKERS: Final = r"(?:attackers|assailants|raiders|militants|gunmen|rebels|insurgents|jihadists|bandits)"
_REPELLED: Final = re.compile(
    r"\b(?:forced (?:them|the (?:\w+ )?(?:attackers|assailants|raiders|militants|gunmen)) to "
    r"(?:retreat|flee|withdraw)|repell?ed|repulsed|fought (?:them )?back|fought off|"
    r"drove (?:them|the \w+) (?:back|away|off)|"
    rf"routed (?:them|the (?:\w+ )?{_ATTACKERS})|"
    rf"(?:chased|pushed) (?:them|the (?:\w+ )?{_ATTACKERS}) (?:away|off|back)|"
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
