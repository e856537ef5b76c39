"""A lead attack whose attackers were repelled, routed or forced to retreat, or fought by police or soldiers
who intervened, is an armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.blanks import blank
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, LOOTING
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


# An earlier attack of the attackers' that was driven back ("they killed four villagers as they withdrew
# after being repelled in an attack on the army post") was another fight: of the 2 training notes that
# tell one, both are attacks (`victim_rules` leaves its victims out of the lead's too).
REPELLED_BEFORE: Final = r"\bafter being (?:routed|repelled|repulsed|pushed back)\b[^.;,]*"
_REPELLED_BEFORE: Final = re.compile(REPELLED_BEFORE, re.IGNORECASE)


def _attackers_repelled(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells the attackers repelled or forced to retreat ("Gunmen attacked the
    camp. Guards repulsed them."), not only in an earlier attack of theirs."""
    own = blank(_REPELLED_BEFORE, scope.paragraph)
    return bool(_REPELLED.search(own))


# A lead attack whose attackers were repelled is an armed clash.
repelled_attacks: Final = LeadRule(
    readings=frozenset({ATTACK}), tells=_attackers_repelled, becomes=ARMED_CLASH
)


# Police or soldiers who intervened and killed, shot, routed or chased the attackers, or before whom the
# attackers fled ("Police intervened, killing three of the raiders", "the army intervened and the
# assailants fled"), fought them: of ACLED's training notes that say so and tell no protest, riot, mob or
# clash (the crowd's rules read those), 13 of 16 are armed clashes, 3 attacks and none looting. The
# classifier reads many by the raid alone; an attempt to loot that they broke up was fought too.
# The forces are force_words' core, the men on duty and forces named by who commands them: on ACLED's
# training notes this finds just what the old list (no singular officers or soldiers, no constables) did.
_FORCES: Final = (fw.CORE + fw.MEN_ON_DUTY + fw.COMMANDED_FORCES).group
_FORCES_INTERVENED: Final = re.compile(
    rf"\b{_FORCES}(?: [\w-]+){{0,2}}? intervened\b,?(?: and)?(?: (?:reportedly|then|later))?"
    r" (?:killing|killed|shooting|shot|injuring|wounding|routed|routing|repelled|pushed back|chased|"
    r"expelled)\b"
    rf"|\b{_FORCES}(?: [\w-]+){{0,2}}? intervened\b[^.;]{{0,30}}?\b(?:the )?(?:\w+ )?{_ATTACKERS} "
    r"(?:fled|escaped|retreated|withdrew)\b",
    re.IGNORECASE,
)
_CROWD: Final = re.compile(
    r"protest|demonstrat|\brall(?:y|ies)\b|\briot|\bmobs?\b|crowd|lynch|\bclash", re.IGNORECASE
)


def _forces_intervened(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells police or soldiers who intervened and harmed, routed or chased the
    attackers, or made them flee ("Police intervened, killing two raiders"), and no crowd or clash."""
    paragraph = scope.paragraph
    return bool(_FORCES_INTERVENED.search(paragraph)) and not _CROWD.search(paragraph)


# A lead attack or looting that police or soldiers intervened in, fighting the attackers, is an armed clash.
forces_intervened: Final = LeadRule(
    readings=frozenset({ATTACK, LOOTING}), tells=_forces_intervened, becomes=ARMED_CLASH
)
