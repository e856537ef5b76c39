"""How much force a protest met, by its paragraph's words of harm: wounds from live fire and forces firing on
the crowd make excessive force, no word of harm at all an intervention."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events import force_words as fw
from kronika.events.lead_rules import LeadRule, LeadScope, ParagraphTells, lead_detection, with_lead
from kronika.events.taxonomy import EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST, coded_as
from kronika.model import Detection

# People wounded by bullets ("two of them with bullets", "sustained bullet injuries", "bullet-hit"; not
# rubber bullets) met lethal force, whether or not anyone died, which ACLED's codebook calls excessive
# force against protesters. Of ACLED's protest training notes typed peaceful, with intervention or with
# excessive force that tell such wounds and no violence of the crowd's own, 6 of 8 are excessive force
# and none an intervention (the 2 peaceful ones tell wounds of an earlier clash, the protest's grievance:
# a protest read as met with force tells the force it met).
_BULLET_WOUNDS: Final = re.compile(
    r"(?<!rubber )(?<!rubber-)\b(?:bullet (?:injuries|wounds?)|with bullets|bullet-hit|bullet-injured|"
    r"gunshot wounds?)\b",
    re.IGNORECASE,
)
# The crowd's own violence, which makes the protest a riot whoever was shot.
_CROWD_VIOLENCE: Final = re.compile(
    r"clash|\bston|brick|\brock|riot|vandal|torch|set fire|loot|ransack|pelt|bomb", re.IGNORECASE
)

# A protest with intervention or excessive force is told with some word of who intervened and how; in
# ACLED's notes, of the protest notes with none of these words, about 99% are peaceful protests.
POLICE_AT_ALL: Final = re.compile(
    r"\b(?:police\w*|arrest\w*|detain\w*|dispers\w*|tear[- ]?gas|prevent\w*|stopp?\w*|interven\w*|forces|"
    r"soldiers|officers|gendarm\w*|lathi|baton\w*|water cannons?|rubber|bullets|broke up|break up|cordon\w*|"
    r"confront\w*|seiz\w*|beat\w*|fired|guards?|troops|army|military|authorities)\b",
    re.IGNORECASE,
)

# One of the police or forces named in a protest's sentence ("an officer marched with them") tells them there.
_ONE_OF_THE_FORCE: Final = re.compile(r"\b(?:officer|soldier|trooper|gendarme|guard)\b", re.IGNORECASE)

# People a protest's sentence tells as detained ("in solidarity with immigrants detained inside", "relatives
# of students who were jailed") are whom it is for, not an arrest of its own: of ACLED's protest training
# notes whose first sentence says so, 78% (58 of 74) are peaceful protests and 15% (11) with intervention.
# So are those it is against ("a demonstration against activists who had been detained", 1 of 1 peaceful).
DETAINED_PEOPLE: Final = re.compile(
    r"\b(?:with|of|for|against) (?:the |their |all |those )?(?:[\w-]+ ){0,2}?"
    r"(?:immigrants|migrants|prisoners|inmates|people|children|families|students|activists|refugees|"
    r"protesters|workers|journalists) "
    r"(?:who (?:are|were|have been|had been|remain) )?(?:detained|jailed|imprisoned|incarcerated)\b",
    re.IGNORECASE,
)


def unpoliced_mention(detection: Detection, peaceful: bool) -> bool:
    """Whether a later mention of a lead protest, typed as one with intervention by the reading of its own
    sentence, tells no police action on it: a sure peaceful reading of the paragraph (`peaceful`) says so,
    and so does its sentence naming no police, force or officer at all ("Party members were among the
    protesters."), where the reading of a few words has nothing to go by."""
    if detection.type.plover != "PROTEST":
        return False
    said = detection.sentence.text
    return peaceful or not (POLICE_AT_ALL.search(said) or _ONE_OF_THE_FORCE.search(said))


# A lead protest met with intervention whose paragraph tells bullet wounds and no violence of the crowd's
# own ("twenty were hurt, two with bullets, as police charged to disperse the marchers") met excessive force.
bullet_wounds: Final = LeadRule(
    readings=frozenset({INTERVENTION}),
    plover="PROTEST",
    tells=ParagraphTells(_BULLET_WOUNDS, _CROWD_VIOLENCE),
    becomes=EXCESSIVE_FORCE,
)


# Police or forces told firing on the crowd ("soldiers opened fire on the marchers", "officers started to
# shoot at the protesters") used live fire, excessive force in ACLED's codebook whether or not anyone was
# hit. Of ACLED's training notes coded as a protest (peaceful, with intervention or with excessive force)
# that say so, in a paragraph that tells no fire short of live rounds (rubber bullets, tear gas, shots in
# the air) and no violence of the crowd's own, 91% (39 of 43) are excessive force. Those told in a relative
# clause ("the squad that fired on protesters") or as what the protest is against are its grievance.
# Militias and colectivos fire on crowds for a government too. On ACLED's training notes these words find
# just what the old list (soldiers only in the plural, "law enforcers" alone) did.
_FORCE_WORDS: Final = (
    rf"\b{(fw.CORE + fw.ANY_FORCES + fw.GUARDS + fw.PRO_GOVERNMENT_ARMED + fw.LAW_ENFORCERS).group}\b"
)
_FIRED_ON_CROWD: Final = re.compile(
    _FORCE_WORDS + r"[^.]{0,60}?(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    r"\b(?:shot|shoot|shooting|fired|firing|opened fire|open fire)\b (?:[\w-]+ ){0,2}?(?:at|on|into|towards) "
    r"(?:the |a |some )?(?:[\w'-]+ ){0,2}?(?:protesters|protestors|demonstrators|crowds?|marchers|procession|"
    r"rally|protest|demonstration|participants)\b",
    re.IGNORECASE,
)
# Fire short of live rounds, the crowd's own violence, and firing a protest is against.
_NOT_LIVE_FIRE: Final = re.compile(
    r"rubber|tear ?-?gas|pellet|\bair\b|warning|water|blank|paintball|pepper|airsoft|\bston|\brocks?\b|brick|"
    r"clash|burn|torch|vandal|loot|damag|\briot(?!\s+(?:police|gear|squad|control|units?|officers|forces))\w*|"
    r"pelt|\bthrow|threw|hurl|bomb|molotov|\blit\b|ablaze|set fire|"
    r"\b(?:against|over|condemn\w*|denounc\w*|decry\w*)\b (?:the )?(?:[\w-]+ ){0,3}(?:firing|shooting)\b",
    re.IGNORECASE,
)


def _fired_on_crowd(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells police or forces firing live rounds on the crowd and no violence
    of the crowd's own, the classifier not sure the paragraph is a peaceful protest (whose shots, then, are
    mostly what the protest is about)."""
    return not scope.peaceful and ParagraphTells(_FIRED_ON_CROWD, _NOT_LIVE_FIRE)(lead, scope)


# A lead protest read as peaceful or met with intervention whose paragraph tells forces firing on the crowd
# met excessive force.
fired_on_crowd: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION}),
    plover="PROTEST",
    tells=_fired_on_crowd,
    becomes=EXCESSIVE_FORCE,
)


# Excessive force is lethal or serious force, and a note that codes it tells the harm: of ACLED's protest
# training notes coded as met with intervention or excessive force whose own words (the violence they
# protest against and deny left out) tell no death, wound, shooting, beating, attack, weapon, bomb or tear
# gas, 98% (1109 of 1131) are protests with intervention.
_HARM: Final = re.compile(
    r"kill|dead|death|\bdie|fatal|shot|shoot|fire|wound|injur|hurt|bullet|\bgun|beat|assault|attack|hack|stab|"
    r"lethal|abduct|run over|ran over|hospital|bleed|blood|severe|serious|excessive|brutal|tortur|rape|"
    r"sexual|disappear|kidnap|bodies|\bbody|murder|lynch|machete|knife|stick|\brods?\b|whip|crush|trampl|"
    r"suffocat|\bgas|lathi|baton|harass|bomb|explo|grenade",
    re.IGNORECASE,
)


def harmless_force(detections: Sequence[Detection], told: str, first: int) -> list[Detection]:
    """The detections with a lead protest typed as met with excessive force retyped as one with
    intervention when `told`, its paragraph's own violence (`discourse.own_violence`), names no harm at all
    ("cars staged a caravan protest against a killing; twenty were arrested")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.plover != "PROTEST" or lead.type.acled_sub_event_type != EXCESSIVE_FORCE:
        return list(detections)
    if _HARM.search(told):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, INTERVENTION))
