"""A protest whose own telling counts dead or hurt, or tells clashes, is no peaceful one: ACLED codes it by
who did the violence (a violent demonstration, excessive force against protesters, an intervention); a
protest read as met with intervention whose paragraph tells the police killing people met excessive force;
one whose crowd tried to storm or break into a place, or clashed with police, rioted, whatever force met
it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from kronika.events import force_words as fw
from kronika.events.discourse import crowd_hurt, own_violence
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import (
    EXCESSIVE_FORCE,
    INTERVENTION,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
    acled_event_type,
)
from kronika.model import Casualties, Detection, EventType

# Codings a count of dead or hurt, or clashes, contradict: of ACLED's protest and riot notes with any
# fatality (1997-2026), none is a peaceful protest or one with intervention.
UNARMED: Final = frozenset({PEACEFUL_PROTEST, INTERVENTION})
# Those the force of a protest's own violence falls on, or who do it.
_CROWD: Final = (
    r"(?:protesters?|protestors?|demonstrators?|marchers|crowds?|rall(?:y|ies)|participants|mourners)"
)
# Armed men: force_words' core (soldiers only in the plural, as counted: a lone soldier finds 3 more
# training notes' clashes, all armed clashes, no protest), forces or security men of any kind, guards,
# pro-government militias, law enforcers, and non-state armed men.
_ARMED: Final = (
    fw.CORE.replacing(r"soldiers?", "soldiers")
    + fw.ANY_FORCES
    + fw.GUARDS
    + fw.PRO_GOVERNMENT_ARMED
    + fw.LAW_ENFORCERS
    + fw.ForceWords((r"militants?", "gunmen", "fighters"))
).group
# Clashes with the police make a protest a riot: of ACLED's protest notes that tell clashes with police or
# security forces, 81% (1001 of 1240) are violent demonstrations and 16% mob violence; 2% peaceful ones
# (mostly clashes denied, which `own_violence` blanks). Clashes named otherwise ("against the clash between
# two candidates' supporters", "covering a clash") are as often another event the protest is about. So
# does a protest that "turned violent" or hurt officers, and one whose police are told as drawn into
# clashes ("police locked into clashes with the marchers"): of ACLED's training notes that tell police or
# forces so, none is a protest coded peaceful, with intervention or with excessive force (59 are violent
# demonstrations, 56 mob violence, 59 armed clashes).
_CLASHES: Final = re.compile(
    rf"\bclash(?:ed|es|ing)? with (?:the )?(?:\w+ ){{0,2}}{_ARMED}\b"
    rf"|\b{_ARMED}\b(?: [\w-]+){{0,3}} (?:locked|got|became|were|was) (?:\w+ )?(?:into|in|involved in) "
    r"(?:a |an |the )?(?:\w+ )?clash"
    rf"|\b{_CROWD} (?:\w+ ){{0,2}}clashed\b|\b(?:turned|became|grew) violent\b"
    r"|\b(?:police(?:m[ae]n)?|officers?|soldiers?|gendarm\w*|guards?)\b(?: \w+){0,3} (?:were|was) "
    r"(?:injured|wounded|hurt|killed)\b",
    re.IGNORECASE,
)
# Force a state or armed group used on the protesters: of ACLED's protest notes with a fatality that tell
# police, forces or gunmen firing on, killing or beating people (and no crowd violence), 70% (62 of 88) are
# excessive force; of those with only injured, intervention is the commonest coding (63 of 172). The
# protesters must be the ones struck: a protest against an officer "who fired his gun, killing a man" is
# its grievance.
_FORCE: Final = re.compile(
    rf"\b{_ARMED}\b[^.]{{0,60}}?\b(?:opened fire|fired|shot|killed|beat|beaten|wounded|injured|assaulted|"
    # what was fired may stand between ('fired tear gas and live ammunition at thousands of protesters')
    rf"attacked|ran over|run over)\b[^.]{{0,60}}?\b{_CROWD}\b"
    rf"|\b{_CROWD}(?: \w+){{0,3}} (?:were|was) (?:\w+ )?(?:shot|killed|wounded|injured|beaten|assaulted)\b"
    rf"|\b(?:opened fire|fired|shot)\b[^.]{{0,40}}?\b{_CROWD}\b",
    re.IGNORECASE,
)


def harmed_protest(event_type: EventType, casualties: Casualties, text: str) -> EventType:
    """The protest's ACLED coding given the dead and hurt counted for it and the `text` that tells it.

    A peaceful protest or one with intervention stays so unless that text tells its own clashes (not
    denied, not its grievance) or the counts are known: clashes, or a crowd that hurt people or threw
    stones beside a count, make a violent demonstration; forces that fired on or beat people make excessive
    force where someone died and an intervention where people were only hurt. A death nobody is said to
    have caused changes nothing: at a protest, it is mostly the grievance ("after a leak killed 11")."""
    if event_type.acled_sub_event_type not in UNARMED:
        return event_type
    told = own_violence(text)
    harmed = bool(casualties.fatalities) or bool(casualties.injured)
    if _CLASHES.search(told) or (harmed and crowd_hurt(told)):
        return coded(event_type, VIOLENT_DEMONSTRATION)
    if not harmed or not _FORCE.search(told):
        return event_type  # deaths nobody is said to have caused are mostly the protest's grievance
    return coded(event_type, EXCESSIVE_FORCE if casualties.fatalities else INTERVENTION)


def coded(event_type: EventType, sub_event_type: str) -> EventType:
    """The type coded in this ACLED sub-event type and its event type; PLOVER kept."""
    return replace(
        event_type, acled_event_type=acled_event_type(sub_event_type), acled_sub_event_type=sub_event_type
    )


# Police or forces told killing people ("Police intervened in the demonstration, killing one", "soldiers
# fired on the crowd, killing three") used lethal force, which ACLED's codebook calls excessive force against
# protesters: of ACLED's protest training notes whose own words (grievance and denials left out) say so and
# tell no violence of the crowd's, 23 are excessive force and none a protest with intervention (the others
# are the killing a peaceful protest is about, or no protest at all).
# Soldiers only in the plural: a lone soldier told killing finds 46 more training notes, none excessive
# force (39 attacks, 4 armed clashes, 1 violent demonstration, 1 peaceful protest, 1 grenade).
_KILLING_FORCES: Final = fw.CORE.replacing(r"soldiers?", "soldiers") + fw.ANY_FORCES
_FORCE_KILLED: Final = re.compile(
    rf"\b{_KILLING_FORCES.group}\b[^.]{{0,60}}?"
    r"\b(?:killing|killed|shot dead|shooting dead|shot and killed|shooting and killing) "
    r"(?:at least )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|an|several|many|dozens)\b",
    re.IGNORECASE,
)


def _force_killed(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph, its grievance and denials left out, tells police or forces killing
    people and no violence of the crowd's own ("Traders protested. Police intervened, killing one.")."""
    told = own_violence(scope.paragraph)
    return bool(_FORCE_KILLED.search(told)) and not (crowd_hurt(told) or _CLASHES.search(told))


# A lead protest met with intervention whose paragraph tells the police killing people met excessive force.
deadly_intervention: Final = LeadRule(
    readings=frozenset({INTERVENTION}), plover="PROTEST", tells=_force_killed, becomes=EXCESSIVE_FORCE
)


def _clashed(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph, its grievance and denials left out, tells the protest's own clashes
    (`_CLASHES`), the classifier not sure the paragraph is a peaceful protest."""
    return not scope.peaceful and bool(_CLASHES.search(own_violence(scope.paragraph)))


# A lead protest read as peaceful or met with force whose paragraph tells its clashes with police or
# forces is a violent demonstration: of ACLED's protest training notes that tell such clashes, 97% (1394 of
# 1439) are violent demonstrations.
clashed_protest: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE}),
    plover="PROTEST",
    tells=_clashed,
    becomes=VIOLENT_DEMONSTRATION,
)


# A crowd that tried to storm, break into, set fire to or loot a place ("the police fired after the
# protesters tried to break into the police station") rioted, whatever force met it: of ACLED's protest
# training notes that say so of protesters, a crowd, rioters, youths, students, residents, supporters or
# workers, 16 of 20 are violent demonstrations (3 peaceful, 1 with intervention) and none is coded
# excessive force, though police shot at some of those crowds. A relative clause ("against youths who tried
# to set fire to a mosque") tells others, mostly what the protest is about.
_TRIED_TO_STORM: Final = re.compile(
    r"\b(?:protesters|protestors|demonstrators|marchers|crowds?|they|rioters|youths?|students|residents|"
    r"villagers|supporters|mob|workers)\b[^.]{0,30}?(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    r"\b(?:tried|attempted|attempting|trying|sought) to "
    r"(?:break into|break in|break through|storm|attack|set fire|burn|torch|overrun|force their way|"
    r"forcibly enter|raid|loot)\b",
    re.IGNORECASE,
)


def _tried_to_storm(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph, its grievance and denials left out, tells the crowd trying to storm,
    break into, burn or loot a place."""
    return bool(_TRIED_TO_STORM.search(own_violence(scope.paragraph)))


# A lead protest met with intervention or excessive force whose crowd tried to storm or break into a place
# is a violent demonstration; it runs after `deadly_intervention`, whose killing it outranks.
storming_crowd: Final = LeadRule(
    readings=frozenset({INTERVENTION, EXCESSIVE_FORCE}), tells=_tried_to_storm, becomes=VIOLENT_DEMONSTRATION
)
