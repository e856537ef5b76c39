"""Towns a local story names only to say how far off its scene lies ('in Rice, 40 miles southeast of
Dallas'): landmarks for the reader, never the story's own town."""

from __future__ import annotations

import re
from typing import Final

# A town this far from the scene is a landmark, not the place: a town's own limits and the rural
# addresses filed under it ('a home 6 miles north of Shelton', which local news and the archive place at
# Shelton) lie nearer; the big city a small town is measured from ('Ridgeway, a town some 25
# miles north of Columbia') lies farther.
FAR_MILES: Final = 20
_KM_PER_MILE: Final = 1.609344
_WORD_NUMBERS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip
# A distance as written: '40 miles', '25-km', 'sixty kilometres', '120 kms'
_DISTANCE: Final = (
    r"\b(?P<n>\d{1,4}(?:,\d{3})?(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"[\s-]*(?P<unit>miles?|kilomet(?:re|er)s?|kms?)\b"
)
_WRITTEN_DISTANCE: Final = re.compile(_DISTANCE, re.IGNORECASE)
# '40 miles southeast of', 'about 60 miles northwest of', '25 miles from', '30 miles outside (of)',
# '100 km north of downtown': the distance and the bearing written right before the town
_DISTANCE_BEFORE: Final = re.compile(
    _DISTANCE + r"\s+"
    r"(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside(?:\s+of)?)"
    r"\s+(?:downtown\s+|the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
CONTEXT: Final = 60  # characters before a town read for the distance written before it
# 'a court date in nearby Fort Smith', 'graduates of the high school in nearby Layton': 'nearby' measures
# the town from the story's own place, so it is not that place
_NEARBY_BEFORE: Final = re.compile(r"\bnearby\s+$", re.IGNORECASE)


def far_landmark(text: str, start: int) -> bool:
    """Whether the town named at text[start:] is written as the landmark a distance of FAR_MILES or more
    is measured from ('40 miles southeast of Dallas', 'about 50 kilometers from Tucson'): the scene
    lies that far from it, so it is not the story's town."""
    found = _DISTANCE_BEFORE.search(text[max(0, start - CONTEXT) : start])
    if found is None:
        return False
    return _km(found) >= FAR_MILES * _KM_PER_MILE


def nearby_town(text: str, start: int) -> bool:
    """Whether the town named at text[start:] is written as 'nearby' ('in nearby Layton'): a town beside
    the story's own place, named for the reader, not the place itself."""
    return _NEARBY_BEFORE.search(text, max(0, start - CONTEXT), start) is not None


def written_km(before: str) -> float:
    """The last distance written in the words before a place ('Kuda, 40 km south of'), in kilometres;
    0 where none is written."""
    found = list(_WRITTEN_DISTANCE.finditer(before))
    return _km(found[-1]) if found else 0.0


def _km(found: re.Match[str]) -> float:
    """The distance a match of _DISTANCE writes, in kilometres."""
    written = found.group("n").lower()
    number = _WORD_NUMBERS.get(written)
    distance = float(number if number is not None else written.replace(",", ""))
    return distance * _KM_PER_MILE if found.group("unit").lower().startswith("mile") else distance
