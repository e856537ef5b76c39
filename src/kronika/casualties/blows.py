"""People hurt by a blow with a gun rather than by its shot: 'pistol-whipped', 'pistol-whipping two of them'.

A pistol-whipping is an injury with a gun, as the Gun Violence Archive counts it, yet its victim was not
shot: the parse finds no casualty word in it, and the people a sentence says were shot do not take it in.
So these victims are counted apart and added to the injured of the story.
"""

from __future__ import annotations

import re

from kronika.casualties.numbers import parse_count

# "was pistol-whipped", "pistol whipping two of the customers", "pistol-whipped him": one victim per
# telling unless a count follows
PISTOL_WHIP = re.compile(
    r"\bpistol[\s-]?whip(?:ped|ping|s)?\b(?:\s+(?P<n>two|three|four|five|six|\d+)\s+(?:of|people|men|women)\b)?",
    re.IGNORECASE,
)


def pistol_whipped(text: str) -> int:
    """How many people the sentence says were struck with a gun ('a woman was pistol-whipped'): 0 for none."""
    return sum((parse_count(m["n"]) or 1) if m["n"] else 1 for m in PISTOL_WHIP.finditer(text))
