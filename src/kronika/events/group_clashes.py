"""A riot or protest told as two groups or factions of a crowd fighting each other, no protest or
demonstration named, is mob violence."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import INTERVENTION, MOB_VIOLENCE, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION

# Two groups, factions or candidates' camps of one crowd that fight each other ("two groups of transport
# workers clashed at the terminal", "a clash between two factions of the youth wing", "supporters of two
# candidates clashed", "both groups pelted stones at each other") fight among themselves, not the state or
# the target of a demonstration: ACLED codes that as mob violence. Of its protest and riot training notes
# whose text says so and names no protest or demonstration, 99% (1416 of 1427) are mob violence and 9
# violent demonstrations; with those words named (a faction that clashed during its demonstration) 44 of 65
# are violent demonstrations and 15 peaceful protests, so they keep the classifier's reading. A rally, a
# procession, a hartal or a blocked road told beside such a clash does not make it a demonstration (164 of
# the 170 such notes are mob violence), which is why `mob_clashes.clash_without_demand`, which such words
# stop, does not retype these, and `rally_clashes`, which makes a clash at a rally a violent demonstration,
# runs before this rule.
GROUP_CLASH: Final = re.compile(
    r"\b(?:two|both) groups\b[^.]{0,60}\bclash|\bclash[^.]{0,40}\bbetween two groups\b"
    r"|\bclash(?:ed)? (?:with|among) each other\b|\bclashed among themselves\b"
    r"|\b(?:rival|two|opposing) factions?\b[^.]{0,60}\bclash"
    r"|\bclash[^.]{0,40}\bbetween (?:two|rival) factions\b"
    r"|\bfactional clash|\b(?:pelted|threw|hurled|attacked|chased)\b[^.]{0,40}\beach other\b"
    r"|\b(?:supporters|followers|activists|men) of (?:two|rival) [^.]{0,60}\bclash"
    r"|\bclash[^.]{0,40}\b(?:supporters|followers|activists|men) of (?:two|rival)\b",
    re.IGNORECASE,
)
_PROTEST_NAMED: Final = re.compile(r"protest|demonstrat", re.IGNORECASE)

# A lead protest or violent demonstration told as two groups fighting each other, no protest or
# demonstration named ("two groups of drivers clashed at the bus terminal and blocked a road"), is mob
# violence. Excessive force, the state's own violence, is left as read.
clash_between_groups: Final = LeadRule(
    readings=frozenset({VIOLENT_DEMONSTRATION, PEACEFUL_PROTEST, INTERVENTION}),
    tells=ParagraphTells(GROUP_CLASH, _PROTEST_NAMED),
    becomes=MOB_VIOLENCE,
)
