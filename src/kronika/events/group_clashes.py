"""A riot told as two groups of a crowd clashing with each other, no protest or demonstration named, is mob
violence."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import MOB_VIOLENCE, VIOLENT_DEMONSTRATION

# Two groups of one crowd that fight each other ("two groups of transport workers clashed at the terminal",
# "a clash between two groups of the party's youth wing", "supporters clashed with each other after a
# rally") fight among themselves, not the state or a target of a demonstration: ACLED codes that as mob
# violence. Of its protest and riot training notes whose text says so and names no protest or
# demonstration, 99.8% (807 of 809) are mob violence and 2 violent demonstrations; with those words named
# (a faction that clashed during its demonstration) 21 of 29 are violent demonstrations, so they keep the
# classifier's reading. A rally, a procession or a blocked road told beside such a clash does not make it a
# demonstration (of the 809, 10 of the 11 that tell a clash at a rally or procession are mob violence),
# which is why `mob_clashes.clash_without_demand`, which such words stop, does not retype these.
GROUP_CLASH: Final = re.compile(
    r"\b(?:two|both) groups\b[^.]{0,60}\bclash|\bclash[^.]{0,40}\bbetween two groups\b|"
    r"\bclash(?:ed)? (?:with|among) each other\b|\bclashed among themselves\b",
    re.IGNORECASE,
)
_PROTEST_NAMED: Final = re.compile(r"protest|demonstrat", re.IGNORECASE)

# A lead violent demonstration told as two groups clashing with each other, no protest or demonstration
# named ("two groups of drivers clashed at the bus terminal and blocked a road"), is mob violence.
clash_between_groups: Final = LeadRule(
    readings=frozenset({VIOLENT_DEMONSTRATION}),
    tells=ParagraphTells(GROUP_CLASH, _PROTEST_NAMED),
    becomes=MOB_VIOLENCE,
)
