"""A lead protest read as met with intervention whose only arrests came before it is a peaceful one."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# People a protest names as arrested or detained in a relative clause ("demanded the release of two
# students who got arrested during an earlier protest", "for activists who have been detained since May")
# were arrested before it: that arrest is its grievance. The clause runs to its sentence's end or a
# semicolon.
_ARRESTED_BEFORE: Final = re.compile(
    r"\bwho (?:got|were|was|had been|have been|has been|are|remain) (?:\w+ )?"
    r"(?:arrested|detained|jailed|imprisoned)\b[^.;]*",
    re.IGNORECASE,
)
# Any other word of arrest, force or police action keeps the intervention. Of ACLED's protest training
# notes (peaceful, with intervention or excessive force) that tell such a clause and, with it blanked, none
# of these words, 97% (106 of 109) are peaceful protests and 3 with intervention; of those that tell such
# a clause and one of these words, 26 of 32 are peaceful too, but the reading there has more to go by.
_POLICE_ACTION: Final = re.compile(
    r"arrest|detain|dispers|tear[- ]?gas|lathi|baton|water cannon|rubber bullet|interven|beat|fired|shot|"
    r"clash|attack|scuffl|pushed|charged|stopped|blocked by|prevented|removed",
    re.IGNORECASE,
)


def _arrested_only_before(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells arrests only in a clause naming people arrested before ("Students
    held a sit-in. They demanded the release of two classmates who were detained last week.")."""
    paragraph = scope.paragraph
    if not _ARRESTED_BEFORE.search(paragraph):
        return False
    told = _ARRESTED_BEFORE.sub(lambda found: " " * len(found.group()), paragraph)
    return not _POLICE_ACTION.search(told)


# A lead protest with intervention whose only arrests came before it is a peaceful protest.
arrests_protested: Final = LeadRule(
    readings=frozenset({INTERVENTION}),
    plover="PROTEST",
    tells=_arrested_only_before,
    becomes=PEACEFUL_PROTEST,
)
