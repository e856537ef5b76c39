"""A lead mob violence whose sentence tells police, guards or soldiers beating someone, or someone beaten by
them or in their custody, is an attack; so is a lead arrest whose sentence tells someone who died in
custody."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ARRESTS, ATTACK, MOB_VIOLENCE, OTHER
from kronika.model import Detection

# Men of a force (police, Ansar, RAB, BGB, soldiers, constables; the acronyms only in capitals, "Army" also
# an armed group's name) who assaulted, beat or tortured someone did not riot: of ACLED's training notes
# whose first sentence says so and tells no protest, clash or explosive, 86% (105 of 122) are attacks and
# 10% (12) mob violence.
# The classifier reads such notes by the beating alone ("four Ansar men assaulted and injured a student
# after a row in a queue"). Force's men who were themselves assaulted ("two constables were assaulted by
# local people") beat no one: of the training notes whose first sentence says so, 6 of 8 are mob violence
# (the one attack, a suspect assaulted in police custody, is told by the words below).
# A force's men, by the words notes name them with (one list for both wordings below): force_words' core,
# the men on duty and Bangladesh's forces. The core's troops, military, gendarmes and security forces (and
# security personnel) find 46 more training notes so worded: 43 attacks, 2 sexual violence, 1 armed clash,
# none mob violence ("Ethiopian security forces arrested and beat a leader").
_FORCE_MEN: Final = (fw.CORE + fw.MEN_ON_DUTY + fw.BANGLADESH_FORCES).initial_either_case().group
_FORCE_BEAT: Final = re.compile(
    rf"\b(?:{_FORCE_MEN}|officer-in-charge|in-charge)\b"
    r"(?: (?!(?:was|were|been|being|is|are|got)\b)[\w'-]+){0,4} (?:assaulted|beat up|beat|tortured)\b"
)
# So were people told beaten, assaulted or tortured by such men, or in their custody, station, jail or
# prison ("two farmhands were tortured in the district police station", "a vendor was beaten to death by
# police personnel"): of ACLED's training notes whose first sentence says so (and not the above) and tells
# no protest, clash or explosive, 84 are attacks and 1 mob violence (of 88).
_BEATEN_BY_FORCE: Final = re.compile(
    r"\b(?:was|were|been|being|got)\b (?:\w+ ){0,2}?(?:beaten(?: up)?|assaulted|tortured)\b[^.;]{0,60}?"
    r"\b(?:by|in|at|inside) (?:the |a |an )?(?:[\w'-]+ ){0,3}?"
    rf"(?:{_FORCE_MEN}|custody|jail|prison)\b"
)
_CROWD_OR_BLAST: Final = re.compile(
    r"protest|demonstrat|rally|procession|human chain|hartal|clash|\b(?:IED|bomb|mine|explosive)",
    re.IGNORECASE,
)


def _force_beat(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a force's men who assaulted, beat or tortured someone, or someone
    so harmed by them or in their custody, and no protest, clash or explosive ("Two constables beat a
    rickshaw puller at the market.", "A porter was tortured in police custody.")."""
    sentence = lead.sentence.text
    beaten = _FORCE_BEAT.search(sentence) or _BEATEN_BY_FORCE.search(sentence)
    return bool(beaten) and not _CROWD_OR_BLAST.search(sentence)


# A lead mob violence whose sentence tells a force's men beating someone is an attack.
state_beatings: Final = LeadRule(readings=frozenset({MOB_VIOLENCE}), tells=_force_beat, becomes=ATTACK)


# Someone who died in custody, detention, jail or prison ("a detained trader died in police custody", "was
# tortured to death in custody") is ACLED's violence against civilians, whatever the police say of the
# cause: of its training notes whose first sentence says so, no protest, vigil or riot told before it (a
# protest over such a death), and that do not carry the coders' 'Other:' heading (which `headings` reads),
# 22 are attacks, 1 mob violence (a prison riot), 1 an armed clash (a rebels' captive who died of natural
# causes) and 5 protests, none an arrest or 'Other'. The classifier
# reads such notes by the arrest they recall ("died in jail a month after his arrest"), and a news report's
# lead by the death alone as a fight ("the Kremlin's critic died in an Arctic prison, authorities said"): none
# of those notes is an armed clash.
_DIED_IN_CUSTODY: Final = re.compile(
    r"\bdied\b[^.;]{0,40}?\b(?:custody|detention|jail|prison)\b"
    r"|\bto death\b[^.;]{0,30}?\b(?:custody|detention)\b",
    re.IGNORECASE,
)
_PROTEST: Final = re.compile(
    r"protest|demonstrat|\brall(?:y|ies|ied)\b|\bmarch(?:ed|es)?\b|hartal|vigil|gathered|\briot",
    re.IGNORECASE,
)


def _died_in_custody(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells someone who died in custody, detention, jail or prison ("A porter
    died in police custody in Sylhet."), no protest told before the death (one held over it)."""
    sentence = lead.sentence.text
    died = _DIED_IN_CUSTODY.search(sentence)
    return died is not None and not _PROTEST.search(sentence, 0, died.start())


# A lead arrest (or other development, or fight) whose sentence tells a death in custody is an attack.
custody_deaths: Final = LeadRule(
    readings=frozenset({ARRESTS, OTHER, ARMED_CLASH}), tells=_died_in_custody, becomes=ATTACK
)
