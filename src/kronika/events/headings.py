"""A coder's category heading before a note ('Non-violent activity: ...', 'Defusal: ...') names its ACLED
sub-type."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType
from typing import Final

from kronika.events.taxonomy import (
    ACLED_TO_PLOVER,
    ARRESTS,
    DISRUPTED_WEAPONS,
    GROUP_ACTIVITY,
    LOOTING,
    OTHER,
    acled_event_type,
    coded_as,
)
from kronika.model import Detection, EventType

# ACLED's coders head some notes with the kind of event they coded, and each such heading goes with one
# sub-type: of the training notes headed so (about 3,400), every heading here names its note's sub-type at
# least 95% of the time ('Movement of forces' 973 of 974 a change to group/activity, 'Non-violent
# activity' 306 of 309 and 'Other' 289 of 289 'Other', 'Defusal' 160 of 160 disrupted weapons use).
# 'Interception' (45 disrupted weapons use, 22 looting) and 'Agreement' (the lexicon types it) are left out.
_HEADINGS: Final = MappingProxyType(
    {
        "movement of forces": GROUP_ACTIVITY,
        "security measures": GROUP_ACTIVITY,
        "recruitment": GROUP_ACTIVITY,
        "change to armed group": GROUP_ACTIVITY,
        "property destruction": LOOTING,
        "looting": LOOTING,
        "land seizure": LOOTING,
        "arrests": ARRESTS,
        "defusal": DISRUPTED_WEAPONS,
        "weapons seizure": DISRUPTED_WEAPONS,
        "detonation": DISRUPTED_WEAPONS,
        "non-violent activity": OTHER,
        "other": OTHER,
        "training": OTHER,
        "displacement": OTHER,
        "mass grave": OTHER,
    }
)
# How sure a heading is of its sub-type when no word of the note tells the event (the headings above name
# their note's sub-type at least 95% of the time).
HEADING_PROBABILITY: Final = 0.9
_HEADING: Final = re.compile(r"\s*([A-Za-z][A-Za-z -]{1,30}):\s")


def heading_sub_type(text: str) -> str | None:
    """The ACLED sub-type the heading opening `text` names ('Training: On 17 May, ...'), else None."""
    found = _HEADING.match(text)
    return _HEADINGS.get(found.group(1).lower()) if found else None


def headed_lead(detections: Sequence[Detection], text: str, first: int) -> list[Detection]:
    """The detections with the note's main one (the surest asserted detection of the sentence starting at
    `first`, else of the text) coded in the sub-type its heading names; its PLOVER type is kept."""
    sub = heading_sub_type(text)
    asserted = [d for d in detections if d.modality == "asserted"]
    if sub is None or not asserted:
        return list(detections)
    main = max([d for d in asserted if d.sentence.start == first] or asserted, key=lambda d: d.confidence)
    return [coded_as(d, sub) if d is main else d for d in detections]


def heading_type(text: str) -> EventType | None:
    """The event type of a note's main event told by its heading alone ('Mass grave: On 5 June, bodies were
    found ...'): the heading's sub-type, in the PLOVER reading of that sub-type, a troop movement for a
    change to group/activity, else a coercive act (ACLED's strategic developments). None without a heading."""
    sub = heading_sub_type(text)
    if sub is None:
        return None
    reading = ACLED_TO_PLOVER.get(sub)
    plover, mode = (reading.plover, reading.mode) if reading else ("COERCE", None)
    if sub == GROUP_ACTIVITY:
        plover, mode = "MOBILIZE", "troops"
    return EventType(plover, mode, acled_event_type(sub), sub)
