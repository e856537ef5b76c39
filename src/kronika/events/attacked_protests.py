"""A protest its paragraph tells as attacked by anyone, police or a rival crowd, met an intervention; so did
people an attack's paragraph tells attacked while they were protesting, and a crowd tear gas was fired at."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope, ParagraphTells
from kronika.events.mob_clashes import CLASH
from kronika.events.taxonomy import ATTACK, EXCESSIVE_FORCE, INTERVENTION, MOB_VIOLENCE, PEACEFUL_PROTEST
from kronika.model import Detection

# ACLED's intervention is force others used on a peaceful protest, whoever they are: a ruling party's
# student wing that attacks a sit-in intervenes as the police do. Of ACLED's protest training notes that
# tell a protest, its procession or its marchers attacked, assaulted or beaten ("their rally was attacked
# by rioting students", "activists swooped on the procession"), 77% (92 of 119) are protests with
# intervention, 21% (25) with excessive force and 2 peaceful ones (an attack on others they condemned).
# Those told as having come under attack ("five marchers were hurt when they came under attack from a rival
# group") were attacked too: of those protest training notes that say so, 4 are with intervention, 1 with
# excessive force and none peaceful.
_NOT_BETWEEN: Final = r"(?!(?:during|at|in|on|of|after|before|near|outside|inside|with|by|policing)\b)"
_GATHERING: Final = (
    r"(?:protests?|rall(?:y|ies)|processions?|demonstrations?|marches|protesters|protestors|demonstrators|"
    r"marchers|sit-ins?|human chains?|participants)"
)
_ATTACKED: Final = re.compile(
    rf"\b{_GATHERING}\b(?: \w+){{0,2}} (?:was|were) (?:\w+ )?(?<!verbally )"
    r"(?:attacked|assaulted|beaten(?: up)?|swooped on)\b"
    r"|(?<!verbally )\b(?:attacked|assaulted|swooped on|beat up|beat) (?:the |a |an |their |its )?"
    rf"(?:{_NOT_BETWEEN}[\w-]+ ){{0,2}}{_GATHERING}\b"
    r"|\bc[ao]me under (?:an? )?attack\b",
    re.IGNORECASE,
)
# Those told as attacked before, whom a protest stands up for ("journalists who were attacked during
# protests last month", "a colleague who came under attack"), and attackers it wants punished ("activists
# who attacked the sit-in"), are its grievance.
_EARLIER: Final = re.compile(
    r"\bwho (?:(?:were|was|had been|had) )?(?:\w+ )?attacked\b"
    r"|\bwho (?:had )?c[ao]me under (?:an? )?attack\b",
    re.IGNORECASE,
)


# A lead peaceful protest whose paragraph tells the protest or its people attacked ("Workers staged a
# sit-in. Their sit-in was attacked by the union's rivals.", "they came under attack from rival
# activists"), not people attacked before it, is a protest with intervention.
attacked_protest: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST}),
    plover="PROTEST",
    tells=ParagraphTells(_ATTACKED, _EARLIER),
    becomes=INTERVENTION,
)


# People attacked "as they were protesting" or "while staging a human chain" were a protest met with force,
# whoever attacked them ("ruling party men beat six traders as they were protesting a new tax"): of ACLED's
# training notes whose text says so and tells no clash, 15 are protests with intervention, 4 with
# excessive force, 3 peaceful, 2 violent demonstrations and 1 an attack. The classifier reads many such
# notes by the attack alone.
_WHILE_PROTESTING: Final = re.compile(
    r"\b(?:as|while|when) (?:they|he|she|the \w+|the latter|the former) (?:was|were) (?:protesting|"
    r"demonstrating|marching|rallying|(?:staging|holding|bringing out|taking part in|participating in|"
    r"joining) (?:a |an |the |their )?(?:\w+ )?(?:protests?|demonstrations?|rall(?:y|ies)|processions?|"
    r"human chains?|sit-ins?|marche?s?|strikes?))\b"
    # so were people attacked "who had brought out a procession" (not attackers "who were staging a rally"
    # told after "by"): of ACLED's training notes that say so and tell no clash, 3 are protests with
    # intervention and 1 with excessive force
    r"|\b(?:attacked|assaulted|beat(?: up)?|chased|swooped on|hacked|stabbed|injured)\b"
    r"(?:(?!\bby\b)[^.]){0,60}\bwho (?:had |were |was )?(?:brought out|bringing out|staging|holding|"
    r"taking out|took out|staged|held|organi[sz]ed|organi[sz]ing|joined|joining|attending|attended) "
    r"(?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}?(?:processions?|rall(?:y|ies)|protests?|"
    r"demonstrations?|human chains?|march|sit-ins?)\b",
    re.IGNORECASE,
)
# A clash (mob_clashes.CLASH) makes the violence two-sided: a riot, which the other rules type.
_ATTACK_READINGS: Final = frozenset({ATTACK, MOB_VIOLENCE})


# A lead attack or mob violence whose paragraph tells its victims attacked while they were protesting
# ("Party men assaulted six traders as they were protesting against a tax.") and no clash is a protest with
# intervention.
attacked_while_protesting: Final = LeadRule(
    readings=_ATTACK_READINGS, tells=ParagraphTells(_WHILE_PROTESTING, CLASH), becomes=INTERVENTION
)


# People attacked on their way to a protest ("ten activists were hurt when rivals attacked them as they made
# their way to a rally") were a protest met with force as much as those attacked while at it.
_ON_THE_WAY: Final = re.compile(
    r"\b(?:attacked|assaulted|beaten(?: up)?|beat(?: up)?|swooped on)\b[^.;]{0,80}?"
    r"\b(?:on|making|made) (?:their|his|her|the) way to (?:a |an |the |their |its )?(?:[\w-]+ ){0,2}?"
    rf"{_GATHERING}",
    re.IGNORECASE,
)
# People harmed on their way home from a rally ("ten activists were hurt when police charged them as they
# were returning from a rally") were no longer protesting: ACLED codes the violence, not the rally. Of its
# training notes that tell people returning, coming back or on their way home from a rally, procession,
# protest or meeting, none of 24 is a protest (13 attacks, 10 mob violence, 1 sexual violence).
_RETURNING: Final = re.compile(
    r"\b(?:returning|returned|coming back|came back|on (?:their|his|her|the) way (?:back|home)|heading home|"
    r"going home)(?: home)? (?:from|after) (?:attending |joining )?(?:a |an |the |their |his |her )?"
    r"(?:[\w-]+ ){0,3}?(?:rall(?:y|ies)|processions?|protests?|demonstrations?|march(?:es)?|sit-ins?|"
    r"human chains?|meetings?)\b",
    re.IGNORECASE,
)
_HARM_TOLD: Final = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|killed|attack\w*|assault\w*|beat(?:en)?|hack\w*|stabb\w*|shot|"
    r"charged)\b",
    re.IGNORECASE,
)


def _harmed_returning(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells people harmed or attacked as they came back from a rally."""
    text = lead.sentence.text
    return bool(_RETURNING.search(text) and _HARM_TOLD.search(text))


# A lead read as a protest met with force, or a peaceful one, whose sentence tells its people harmed on
# their way back from a rally is an attack.
harmed_returning: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE}),
    tells=_harmed_returning,
    becomes=ATTACK,
)


# Police, soldiers or other state forces named, anyone killed, shot, stabbed or hacked, hurt told as
# serious or severe, or lethal weapons make the force one the classifier's excessive force may rightly
# read; so do a clash (two-sided violence) and an attack told as the protest's grievance (as `_EARLIER`).
_STATE_OR_DEADLY: Final = re.compile(
    r"\b(?:police(?:men)?|security (?:forces|personnel|officers)|army|soldiers|troops|military|RAB|BGB|"
    r"officers|law enforcers|forces|gendarmes?|guards?|NISS)\b"
    r"|\bkill|\bdead\b|\bdied\b|death|\bshot\b|\bshooting|gunfire|opened fire|\bfired\b|bullets?|"
    r"critical|serious|severe|grievous|lethal|\bstab|\bhack|\bclash"
    r"|\bwho (?:(?:were|was|had been|had) )?(?:\w+ )?attacked\b",
    re.IGNORECASE,
)
_OTHERS_ATTACKED: Final = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_ATTACKED, _WHILE_PROTESTING, _ON_THE_WAY)), re.IGNORECASE
)


# A lead read as excessive force whose paragraph tells the protest or its people attacked by others than
# the state ("opposition activists attacked the marchers, injuring ten"), with no one killed, shot or
# seriously hurt, met an intervention: ACLED keeps excessive force for lethal or grave harm. Of ACLED's
# protest training notes coded either way that tell such an attack (these patterns, no police or forces,
# killing, shooting, stabbing, serious harm, lethal weapons or clash), 61 are protests with intervention
# and 9 with excessive force (87%; 48 more are mob violence and 3 violent demonstrations, which it leaves
# alone).
others_attacked_protest: Final = LeadRule(
    readings=frozenset({EXCESSIVE_FORCE}),
    tells=ParagraphTells(_OTHERS_ATTACKED, _STATE_OR_DEADLY),
    becomes=INTERVENTION,
)


# Tear gas fired at a crowd is force used on a protest or a riot, never ACLED's attack on civilians: of
# ACLED's training notes that tell tear gas fired, lobbed or used and a protest, march, rally, procession,
# sit-in, strike, gathering, crowd, supporters, rioters or a mob, and no one killed, shot or fired on with
# live rounds, 3 of 478 are attacks (234 violent demonstrations, 181 protests with intervention, 40 mob
# violence, 17 excessive force, 2 peaceful, 1 other). A trigger such as "fired tear gas at" reads as an
# attack however the classifier reads the crowd ("police fired tear gas at opposition supporters marching
# against the electoral board").
# Tear gas named last in a list of what was fired or used ("using batons, metal bars and tear gas", "fired
# rubber bullets and tear gas") was fired too: of ACLED's training notes that tell it so and not as above,
# a crowd and no killing or live fire, 1 of 62 is an attack (25 violent demonstrations, 18 protests with
# intervention, 14 mob violence, 3 excessive force, 1 armed clash).
_TEAR_GAS_FIRED: Final = re.compile(
    r"\b(?:fired|lobbed|threw|hurled|used|launched|shot|fire|firing|lobbing|using|deployed)\b "
    r"(?:(?:\w+ ){0,2}"
    r"|(?:(?:[\w-]+ ){0,2}?[\w-]+, )*(?:[\w-]+ ){0,2}?[\w-]+,? (?:and|or) (?:\w+ )?)tear ?gas\b",
    re.IGNORECASE,
)
# So is fire into the air over a crowd ("police fired three rounds in the air to disperse the demonstrators",
# "aerial firing", "warning shots"): it is meant to scatter the crowd, not to harm it.
_FIRED_IN_AIR: Final = re.compile(
    r"\b(?:fired|firing|fire|fires)\b (?:[\w-]+ ){0,3}?(?:in|into) the air\b"
    r"|\baerial firing\b|\bwarning shots\b",
    re.IGNORECASE,
)
_CROWD: Final = re.compile(
    r"protest|demonstrat|\bmarch|\brall(?:y|ies)\b|procession|sit-in|strik(?:e|ing)|gathering|crowd|supporters|rioters|"
    r"\bmobs?\b",
    re.IGNORECASE,
)
# A killing or live fire told with it may be excessive force or an attack: left as read.
_DEADLY: Final = re.compile(
    r"\bkill|\bdead\b|\bdied\b|death|live (?:bullets|ammunition|rounds|fire)|\bshot\b(?! tear)|gunfire|"
    r"opened fire",
    re.IGNORECASE,
)


def _tear_gassed_crowd(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells tear gas fired, or shots fired into the air, and a crowd,
    protest or riot, and no killing or live fire."""
    paragraph = scope.paragraph
    fired = _TEAR_GAS_FIRED.search(paragraph) or _FIRED_IN_AIR.search(paragraph)
    return bool(fired and _CROWD.search(paragraph)) and not _DEADLY.search(paragraph)


# A lead attack whose paragraph tells tear gas fired at a crowd, no one killed or shot with live rounds, is
# a protest with intervention; `discourse.retype_lead`, which runs after it, makes it a violent
# demonstration where the paragraph tells the crowd's own violence.
tear_gassed_crowd: Final = LeadRule(
    readings=frozenset({ATTACK}), tells=_tear_gassed_crowd, becomes=INTERVENTION
)
