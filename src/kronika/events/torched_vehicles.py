"""A riot told by the vehicles its crowd set on fire, no one harmed or attacked and no road accident, is a
violent demonstration."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import MOB_VIOLENCE, VIOLENT_DEMONSTRATION

# Buses, cars or trucks set on fire ("rioters torched two buses ahead of the hartal", "a bus was set ablaze in
# front of the party office") are the vandalism ACLED counts as a demonstration turned violent, the
# hartal's and the blockade's, even where the note names no demonstration: of its protest and riot training
# notes that tell vehicles torched, set on fire, set ablaze or burnt and none of the words below, 93% (298 of
# 321) are violent demonstrations and 22 mob violence. The words below tell the other riot: a crowd that
# harmed or attacked people (a lynching, passengers burnt), a clash, a mob, or a road accident it avenged
# ("locals set fire to the bus after it hit a motorcyclist"); with them, 68 of the 334 such notes are mob
# violence.
_TORCHED: Final = re.compile(
    r"\b(?:bus|buses|vehicles?|cars?|trucks?)\b[^.]{0,40}"
    r"\b(?:set (?:on )?fire|set ablaze|torched|burnt|burned)"
    r"|\b(?:torched|set fire to|set ablaze|burnt|burned)[^.]{0,30}\b(?:bus|buses|vehicles?|cars?|trucks?)\b",
    re.IGNORECASE,
)
_HARM_OR_ACCIDENT: Final = re.compile(
    r"lynch|beat|assault|attack|clash|injur|killed|wounded|burnt to death|passengers?|accident|collision|"
    r"collided|\bhit\b|\bran over|\brun over|\bmobs?\b|\bdied\b|\bdeath",
    re.IGNORECASE,
)

# A lead mob violence told by the vehicles set on fire, no one harmed, no clash, mob or accident told, is a
# violent demonstration.
torched_vehicles: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}),
    tells=ParagraphTells(_TORCHED, _HARM_OR_ACCIDENT),
    becomes=VIOLENT_DEMONSTRATION,
)
