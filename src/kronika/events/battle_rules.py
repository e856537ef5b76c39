"""What a lead attack's or bombardment's paragraph tells of its fire: fire returned, small arms fired or
fire opened on police make it an armed clash (ACLED's coding of one-sided and two-sided violence), and a
remnant of a past war exploding is 'Other'; `victim_rules.py` reads who the victims were."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events import force_words as fw
from kronika.events.lead_rules import LeadRule, LeadScope, lead_detection, with_lead
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    OTHER,
    SHELLING,
    acled_event_type,
    coded_as,
)
from kronika.model import Detection

# The other side firing back makes an attack or a bombardment a battle (ACLED: both sides engage);
# in ACLED's own notes "responded to the fire" and the like go with armed clashes 9 times in 10.
# Attackers "repelled" or "repulsed" were fought back too: 92% of ACLED's notes with the word are clashes.
# Fire answered with "gunfire" or "shots" is fire returned as well: of ACLED's violence training notes
# that say so and not "fire", 97% (175 of 181) are clashes; so is fire "in both directions" (the eastern
# Ukraine monitors' wording: of the violence notes with it, 34 of 34 are clashes). So is fire that answers
# with the response or the retaliation named after it, "opened gunfire in response", "retaliated with
# gunfire": of ACLED's violence training notes that say so, 8 of 9 are clashes. ("Fired back" alone is
# left out: 10 of 16, as Myanmar's notes of an explosion write the troops' blind fire so.) Fire "traded" is
# fire exchanged: of ACLED's training notes that say so, 4 of 4 are armed clashes. Fire exchanged or traded
# counts where the sentence tells it before the word the attack was read on ("traded heavy gunfire").
_FIRE_TRADED: Final = r"\b(?:exchang\w*|trad(?:ed|ing)) (?:[\w-]+ ){0,2}?(?:(?:gun)?fire|gunshots|shots)\b"
_FIRE_TRADED_BEFORE: Final = re.compile(_FIRE_TRADED, re.IGNORECASE)
_RETURN_FIRE: Final = re.compile(
    r"\b(?:(?:respond|return|exchang)\w*\b[^.]{0,40}\b(?:(?:gun)?fire|gunshots|shots)\b|repel\w*|repuls\w*"
    rf"|{_FIRE_TRADED}"
    r"|in both directions"
    r"|(?:opened|opening|open) (?:gun)?fire in (?:response|retaliation|return)"
    r"|retaliat\w* (?:with|by) (?:(?:gun)?fire|firing|shooting|gunshots|shots))\b",
    re.IGNORECASE,
)
_ONE_SIDED: Final = frozenset({"Explosions/Remote violence", "Violence against civilians"})
# Shelling is fire from afar; small arms are fired at an enemy in sight, so a bombardment whose paragraph
# names small arms or rifles fired is a battle, unless the fire was aimed at villages, homes or farms
# (ACLED: a bombardment of civilians stays shelling). Of ACLED's training notes that name shells, mortars
# or artillery and small arms, sniper rifles or rifles, and no such civilian place fired at, 87% (41 of 47)
# are armed clashes, 4 shelling. Sniping is small arms' fire at a soldier in sight: of ACLED's training notes
# that name snipers or sniping and shells, mortars, artillery, rockets or missiles, and no civilian place
# fired at, all 19 are armed clashes ("sniped a soldier, fired mortar shells and targeted tanks").
_SMALL_ARMS: Final = re.compile(r"\b(?:small arms|(?:sniper )?rifles|snip(?:ed|ing|ers?))\b", re.IGNORECASE)
_AT_CIVILIAN_PLACES: Final = re.compile(
    r"\b(?:at|on|into|towards?) (?:[\w-]+ ){0,3}?(?:villages?|farms?|residential|neighbou?rhoods?|"
    r"homes|houses|areas?|civilians?|towns?|cit(?:y|ies))\b",
    re.IGNORECASE,
)


def returned_fire(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a one-sided lead attack or bombardment retyped as an armed clash when its
    paragraph (`first`..`lead_end` in `text`) says the other side fired back."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.plover != "ASSAULT" or lead.type.acled_event_type not in _ONE_SIDED:
        return list(detections)
    fire_traded = _FIRE_TRADED_BEFORE.search(text, lead.sentence.start, lead.trigger.end)
    if not (fire_traded or _RETURN_FIRE.search(text, lead.trigger.start, lead_end)):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ARMED_CLASH))


# Fire a later sentence of the paragraph says was opened on police or soldiers ("When officers intervened,
# the men opened fire at the police") hit an armed side: the lead's attack was a fight with them. Of ACLED's
# training notes whose second sentence says fire was opened on, or shots fired at, the police, soldiers,
# troops, officers, security forces or gendarmes (and the first does not), 17 of 30 are armed clashes and 2
# attacks (the rest protests and riots, which no attack lead types, and shellings, which this leaves be).
# (The force words are the whole core: against the older list, its military, gendarmerie, a soldier or an
# officer match 17 more training notes, 13 armed clashes, 2 shellings, 1 attack, 1 violent demonstration.)
_FIRE_ON_FORCES: Final = re.compile(
    r"\b(?:opened fire|open fire|opening fire|fired|firing|shot|shooting) (?:\w+ )?(?:at|on|upon|towards) "
    rf"(?:the |a )?(?:\w+ )?{fw.CORE.group}\b"
    r"(?! (?:station|post|camp|checkpoint|vehicle|car|base))",
    re.IGNORECASE,
)


def _forces_fired_on(lead: Detection, scope: LeadScope) -> bool:
    """Whether a later sentence of the lead's paragraph (after the lead's sentence, up to its end) says
    fire was opened on police or soldiers."""
    return bool(_FIRE_ON_FORCES.search(scope.text, lead.sentence.end, scope.lead_end))


# A lead attack whose paragraph's later sentence says fire was opened on police or soldiers is an armed clash.
forces_fired_on: Final = LeadRule(
    readings=frozenset({ATTACK}), plover="ASSAULT", tells=_forces_fired_on, becomes=ARMED_CLASH
)


def fought_reading(reading: str | None, before: Detection | None, after: Detection | None) -> str | None:
    """The classifier's sure reading of the lead's paragraph (`reading`), an armed clash where the
    paragraph's words made the lead it read as one-sided violence (`before`) an armed clash (`after`):
    "gunmen hurled an explosive at a patrol ... The troops fired back. The blast left one
    trooper dead." The later sentence retelling the one-sided act is the same fight, and must not
    lead for sharing the reading's type."""
    if reading is None or before is None or after is None:
        return reading
    if acled_event_type(reading) not in _ONE_SIDED or before.type.acled_event_type not in _ONE_SIDED:
        return reading
    return ARMED_CLASH if after.type.acled_sub_event_type == ARMED_CLASH else reading


def _small_arms_fired(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph names small arms or rifles fired ("fired mortars and sniper rifles at
    the positions"), none of it at villages, homes or farms."""
    text, first, lead_end = scope.text, scope.first, scope.lead_end
    return bool(_SMALL_ARMS.search(text, first, lead_end)) and not _AT_CIVILIAN_PLACES.search(
        text, first, lead_end
    )


# A lead shelling whose paragraph names small arms fired too is an armed clash.
small_arms: Final = LeadRule(
    readings=frozenset({SHELLING}), plover="ASSAULT", tells=_small_arms_fired, becomes=ARMED_CLASH
)


# An explosion of a mine or shell left from a war long over is no attack of today's conflict: ACLED codes
# such "explosive remnants of war" as 'Other' (all 5 of its May-2020 notes that say the device was laid in,
# or left over from, a past war, or that the fighting there was decades ago; its notes of unexploded
# ordnance from a war still fought stay remote explosives, and so does one 2013 note of the extra file).
_EXPLOSIONS: Final = "Explosions/Remote violence"
_WAR_REMNANT: Final = re.compile(
    r"\bexplosive remnants? of war\b|\b(?:leftover|left over|left behind) (?:from|during|by) (?:the )?"
    r"(?:[\w-]+ ){0,3}war\b|\blaid (?:during|in) the (?:[\w-]+ ){1,3}war\b"
    r"|\bfighting (?:occurred|took place) (?:there )?in the (?:19|20)\d0s\b"
    r"|\bvintage (?:bombs?|shells?|ordnance|munitions?)\b",
    re.IGNORECASE,
)


def war_remnants(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with every explosion told in the lead's paragraph (`first`..`lead_end` in `text`;
    a heading before it counts: 'Explosive remnants of war: On 5 May, ...') coded as ACLED's 'Other' when
    the device is a remnant of a past war."""
    if not _WAR_REMNANT.search(text, 0, lead_end):
        return list(detections)
    return [
        coded_as(d, OTHER)
        if d.type.acled_event_type == _EXPLOSIONS and first <= d.sentence.start < lead_end
        else d
        for d in detections
    ]
