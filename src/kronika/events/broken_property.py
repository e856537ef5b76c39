"""A lead protest whose crowd broke windows, doors, glass or gates is a violent demonstration."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION

# What a crowd broke ("students broke windows and doors of the office", "they broke its glass window",
# "tried to break down the gate") is damage the words `discourse.burning_barricades` looks for leave out: of
# ACLED's training notes that tell a protest, a rally, a march or a sit-in and such breaking (not by the
# police), 85% (68 of 80) are violent demonstrations, 5 mob violence and 3 peaceful or met with
# intervention. What was broken may be told as someone's ("broke the building's gate"): of ACLED's protest
# training notes that say so, 4 of 5 are violent demonstrations, the other mob violence.
_BROKEN: Final = re.compile(
    r"\b(?:broke|breaking|broken|break) (?:down |open )?(?:the |its |a |an |their |several |some )?"
    r"(?:[\w'-]+ ){0,2}(?:windows?|windowpanes?|doors?|glass|gates?|furniture|chairs|fences?|locks?|"
    r"windscreens?)\b",
    re.IGNORECASE,
)
_POLICE_BROKE: Final = re.compile(r"\bpolice (?:\w+ ){0,3}(?:broke|break)", re.IGNORECASE)


# A lead protest read as peaceful or met with intervention whose paragraph tells windows, doors, glass or
# gates broken, not by the police ("Students protested at the office. They broke its windows."), is a
# violent one.
broken_property: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION}),
    plover="PROTEST",
    tells=ParagraphTells(_BROKEN, _POLICE_BROKE),
    becomes=VIOLENT_DEMONSTRATION,
)
