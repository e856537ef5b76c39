"""A lead protest read as met with intervention whose coder says no one came to blows is a peaceful one."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST

# The coder's own word that police and crowd never came to blows: "no physical interaction reported between
# protesters and police", "police dispersed the sit-in without any physical interaction", "there was no
# confrontation". ACLED codes a protest the police only stopped, ordered off or dispersed so as peaceful.
_NO_CONTACT: Final = re.compile(
    r"\b(?:no|without(?: any)?) (?:physical |violent )?(?:interaction|confrontation|altercation|contact)s?\b",
    re.IGNORECASE,
)
# Someone killed or hurt makes the note more than the police's presence, whatever else it says.
_HARMED: Final = re.compile(r"\bkill|\binjur|\bwound|\bhurt\b|hospitali[sz]|\bshot dead\b", re.IGNORECASE)

# A lead protest with intervention whose paragraph says no physical interaction or confrontation took place
# is a peaceful protest. Of ACLED's training notes that say so, none is a protest with intervention: 44 of
# 48 are peaceful protests (39 of the 42 that name no one killed or hurt; the rest riots and one 'Other').
# On acled-train 33000..36000 and 46500..50000 it types 3 leads right, none wrong.
untouched_protest: Final = LeadRule(
    readings=frozenset({INTERVENTION}),
    plover="PROTEST",
    tells=ParagraphTells(_NO_CONTACT, _HARMED),
    becomes=PEACEFUL_PROTEST,
)
