"""A ceasefire one side declares alone is a change of its activity, not an agreement."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import AGREEMENT, GROUP_ACTIVITY
from kronika.model import Detection

# ACLED's codebook keeps "Agreement" for a deal between actors (a ceasefire both sides sign, a prisoner
# swap); a ceasefire or truce one side declares or commits to on its own ("the rebels committed to a
# unilateral cessation of hostilities", "the president announced a unilateral ceasefire") changes that
# side's activity: of ACLED's training notes whose first sentence tells a unilateral ceasefire, truce or
# cessation of hostilities, 2 are changes to group activity, 1 disrupted weapons use and 1 an agreement,
# the one whose sentence tells the other side reciprocating it ("the government reciprocated the rebels'
# unilateral ceasefire"), which makes it mutual.
_UNILATERAL_TRUCE: Final = re.compile(
    r"\bunilateral(?:ly)?(?:[- ]declared)? (?:[\w-]+ ){0,2}?"
    r"(?:cease-?fires?|truces?|cessations? of (?:hostilities|fighting|attacks)|"
    r"halts? to (?:fighting|attacks))\b",
    re.IGNORECASE,
)
_RECIPROCATED: Final = re.compile(r"\breciprocat\w*", re.IGNORECASE)


def _declared_alone(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a unilateral ceasefire and not the other side reciprocating it."""
    told = lead.sentence.text
    return bool(_UNILATERAL_TRUCE.search(told)) and not _RECIPROCATED.search(told)


# A lead coded as an agreement whose sentence tells a ceasefire declared by one side alone is a change to
# that side's group activity.
unilateral_truce: Final = LeadRule(
    readings=frozenset({AGREEMENT}), tells=_declared_alone, becomes=GROUP_ACTIVITY
)
