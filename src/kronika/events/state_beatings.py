"""A lead mob violence whose sentence tells police, guards or soldiers beating someone is an attack."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ATTACK, MOB_VIOLENCE
from kronika.model import Detection

# Men of a force (police, Ansar, RAB, BGB, soldiers, constables; the acronyms only in capitals, "Army" also
# an armed group's name) who assaulted, beat or tortured someone did not riot: of ACLED's training notes
# whose first sentence says so and tells no protest, clash or explosive, 86% (105 of 122) are attacks and
# 10% (12) mob violence.
# The classifier reads such notes by the beating alone ("four Ansar men assaulted and injured a student
# after a row in a queue").
_FORCE_BEAT: Final = re.compile(
    r"\b(?:[Pp]olice\w*|[Oo]fficers?|officer-in-charge|in-charge|Ansar|RAB|BGB|[Ss]oldiers?|[Aa]rmy|"
    r"[Cc]onstables?)\b"
    r"(?: [\w'-]+){0,4} (?:assaulted|beat up|beat|tortured)\b"
)
_CROWD_OR_BLAST: Final = re.compile(
    r"protest|demonstrat|rally|procession|human chain|hartal|clash|\b(?:IED|bomb|mine|explosive)",
    re.IGNORECASE,
)


def _force_beat(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a force's men who assaulted, beat or tortured someone and no protest,
    clash or explosive ("Two constables beat a rickshaw puller at the market.")."""
    sentence = lead.sentence.text
    return bool(_FORCE_BEAT.search(sentence)) and not _CROWD_OR_BLAST.search(sentence)


# A lead mob violence whose sentence tells a force's men beating someone is an attack.
state_beatings: Final = LeadRule(readings=frozenset({MOB_VIOLENCE}), tells=_force_beat, becomes=ATTACK)
