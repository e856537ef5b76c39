"""A lead protest whose crowd broke windows, doors, glass or gates is a violent demonstration."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import lead_detection, with_lead
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection

# What a crowd broke ("students broke windows and doors of the office", "they broke its glass window",
# "tried to break down the gate") is damage the words `discourse.burning_barricades` looks for leave out: of
# ACLED's training notes that tell a protest, a rally, a march or a sit-in and such breaking (not by the
# police), 85% (68 of 80) are violent demonstrations, 5 mob violence and 3 peaceful or met with
# intervention.
_BROKEN: Final = re.compile(
    r"\b(?:broke|breaking|broken|break) (?:down |open )?(?:the |its |a |an |their |several |some )?"
    r"(?:[\w-]+ ){0,2}(?:windows?|windowpanes?|doors?|glass|gates?|furniture|chairs|fences?|locks?|"
    r"windscreens?)\b",
    re.IGNORECASE,
)
_POLICE_BROKE: Final = re.compile(r"\bpolice (?:\w+ ){0,3}(?:broke|break)", re.IGNORECASE)
_UNARMED: Final = frozenset({PEACEFUL_PROTEST, INTERVENTION})


def broken_property(detections: Sequence[Detection], text: str, first: int, lead_end: int) -> list[Detection]:
    """The detections with a lead protest typed as peaceful or met with intervention retyped as a violent
    demonstration when its paragraph (`first`..`lead_end` in `text`) tells windows, doors, glass or gates
    broken, not by the police ("Students protested at the office. They broke its windows.")."""
    lead = lead_detection(detections, first)
    if lead is None or lead.type.plover != "PROTEST" or lead.type.acled_sub_event_type not in _UNARMED:
        return list(detections)
    paragraph = text[first:lead_end]
    if not _BROKEN.search(paragraph) or _POLICE_BROKE.search(paragraph):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, VIOLENT_DEMONSTRATION))
