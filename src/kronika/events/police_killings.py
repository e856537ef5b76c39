"""A killing or shooting by police that a coder's note tells without a heading: an attack, not 'Other'."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.headings import heading_sub_type
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ATTACK, OTHER
from kronika.model import Detection

# ACLED's coders code some police shootings as strategic developments and head those notes 'Other: ...'
# ('Other: On 5 May, police shot and killed a man ...'); the ones they code as attacks carry no heading.
# Of the training notes whose text tells police, an officer, a deputy or a trooper shooting or killing
# someone (no protest told), the 31 headed ones are coded as their heading says (29 'Other'), and 16 of
# the 18 without one as attacks (2 are clashes the officers fought). The classifier reads the two alike,
# and a 'gun she was holding' once made the lead a detention it read as 'Other'.
_FORCE: Final = (
    r"(?:police(?:men|man)?|(?:police )?officers?|deput(?:y|ies)|troopers?|sheriff'?s?|agents?|marshals?)"
)
_KILLING: Final = r"(?:shot(?: and killed| dead)?|killed|fatally shot|gunned down)"
_BY_POLICE: Final = re.compile(
    rf"\b{_KILLING}\b[^.;]{{0,40}}?\bby (?:[\w'-]+ ){{0,4}}?{_FORCE}\b"
    rf"|\b{_FORCE} (?:[\w'-]+ ){{0,2}}?{_KILLING}\b",
    re.IGNORECASE,
)


def _unheaded_police_killing(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells someone shot or killed by police and the note has no heading."""
    return heading_sub_type(scope.text) is None and bool(_BY_POLICE.search(lead.sentence.text))


# a violent act by police read as 'Other', its note unheaded, is an attack
police_killings: Final = LeadRule(
    readings=frozenset({OTHER}), tells=_unheaded_police_killing, becomes=ATTACK, plover="ASSAULT"
)
