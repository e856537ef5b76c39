"""A road named by the one town it leads to ('blocked the el Marj road'): the town places the event."""

from __future__ import annotations

import re

# 'the Saadnayel road', 'the el Marj highway': the name stands between 'the' and the road's word.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ROAD_AFTER = re.compile(r"^\s+(?:road|highway|motorway)\b", re.IGNORECASE)


def names_road(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is written as the road to it ('the Marj road'): coders place a
    blockade of such a road at its town, as they would one 'in' it."""
    after_the = _THE_BEFORE.search(text[max(0, start - 8) : start]) is not None
    return after_the and _ROAD_AFTER.match(text[end:]) is not None
