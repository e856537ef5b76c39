"""An attack told in a paragraph that names artillery, mortars or shells is ACLED's shelling."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.battle_rules import small_arms
from kronika.events.lead_rules import LeadScope
from kronika.events.taxonomy import ATTACK, SHELLING, coded_as
from kronika.model import Detection

# ACLED codes violence done with artillery as shelling, whoever it hit ("an artillery shell struck an
# ambulance. Three civilians were killed"): of its training notes that name artillery, a howitzer, mortars,
# shells or shelling (no tear gas, rubber or smoke shells, no cartridge casings), fewer than 4 of 3,643 are
# attacks (73% shelling, 14% air strikes, 12% armed clashes). The lexicon types the harm word ("killed")
# an attack when the classifier does not read the paragraph surely.
_ARTILLERY: Final = re.compile(
    r"\b(?:artillery|howitzers?|mortars?|shells?|shelling|shelled)\b", re.IGNORECASE
)
# shells that are no bombardment's: fired at a crowd, set off for a feast, or left behind by guns
_NOT_ARTILLERY: Final = re.compile(
    r"\btear ?gas|\brubber\b|\bsmoke\b|\bfireworks?\b|\bflares?\b"
    r"|\bcasings?\b|\bcartridges?\b|\bempty shells\b",
    re.IGNORECASE,
)


def shelled_attacks(detections: Sequence[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with the attacks of the lead's paragraph (`scope.first`..`scope.lead_end` in
    `scope.text`) coded as shelling when the paragraph names artillery, mortars or shells and none that are
    tear gas, rubber or smoke shells or casings; a lead whose paragraph names small arms fired too is a
    battle (`small_arms`)."""
    text, first, lead_end = scope.text, scope.first, scope.lead_end
    if not _ARTILLERY.search(text, first, lead_end) or _NOT_ARTILLERY.search(text, first, lead_end):
        return list(detections)
    coded = [coded_as(d, SHELLING) if _attack_within(d, first, lead_end) else d for d in detections]
    return small_arms(coded, scope)


def _attack_within(detection: Detection, first: int, lead_end: int) -> bool:
    """Whether the detection is an attack on civilians whose trigger lies between `first` and `lead_end`."""
    kind = detection.type
    return (
        kind.plover == "ASSAULT"
        and kind.acled_sub_event_type == ATTACK
        and first <= detection.trigger.start < lead_end
    )
