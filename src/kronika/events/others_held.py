"""A lead protest read as met with intervention whose only police words tell others held is a peaceful one."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.blanks import blank
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.protest_police import police_acted
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# Words of holding that tell no police action on the protest itself: a suspect arrested "in connection
# with" the crime the protest is about ("police arrested a man in connection with the girl's murder"),
# people imprisoned (its grievance: "the government imprisoned monks"), and vehicles the crowd held or
# stopped ("staged a protest and detained ten coal trucks"). Of ACLED's protest training notes (peaceful,
# with intervention or excessive force) that tell one of these, 89% (102 of 115) are peaceful protests;
# of those that, with these blanked, name no police, force, arrest or dispersal at all
# (`protest_police.police_acted`), all 88 are (58 told by an arrest in connection with a crime, 15 by people
# imprisoned, 15 by vehicles held).
_OTHERS_HELD: Final = re.compile(
    r"\b(?:(?:the )?(?:[\w'-]+ )?(?:police|officers|authorities|security forces)\w* "
    r"(?:have |had |also |later )?)?(?:arrested|detained)\b[^.]{0,60}?\bin connection with\b"
    r"|\bimprison(?:ed|ing|s)?\b"
    r"|\b(?:detain|seiz|stopp|block|confiscat|captur|held|hold|impound)\w* "
    r"(?:\d+ |two |three |four |five |several |some |the |a )?(?:[\w-]+ ){0,2}"
    r"(?:trucks|vehicles|lorries|buses|cars|tankers)\b",
    re.IGNORECASE,
)


def _others_held_only(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells others held ("Villagers rallied over a killing. Police detained
    a neighbour in connection with it.") and, with those words blanked, no police action at all."""
    paragraph = scope.paragraph
    if not _OTHERS_HELD.search(paragraph):
        return False
    return not police_acted(blank(_OTHERS_HELD, paragraph))


# A lead protest with intervention whose only police words tell others held is a peaceful protest.
others_held: Final = LeadRule(
    readings=frozenset({INTERVENTION}), plover="PROTEST", tells=_others_held_only, becomes=PEACEFUL_PROTEST
)
