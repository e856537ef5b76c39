"""A lead mob violence whose sentence tells police, guards or soldiers beating someone is an attack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import ATTACK, MOB_VIOLENCE, coded_as
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


def state_beatings(detections: Sequence[Detection], first: int) -> list[Detection]:
    """The detections with a lead, in the sentence that starts at `first`, read as mob violence retyped as
    an attack when its sentence tells a force's men who assaulted, beat or tortured someone and no protest,
    clash or explosive ("Two constables beat a rickshaw puller at the market.")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.acled_sub_event_type != MOB_VIOLENCE:
        return list(detections)
    sentence = lead.sentence.text
    if not _FORCE_BEAT.search(sentence) or _CROWD_OR_BLAST.search(sentence):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, ATTACK))
