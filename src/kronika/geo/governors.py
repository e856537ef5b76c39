"""A region's governor's office as the body acting ('Van Governor's Office extended the ban'): its region.

Turkish notes of security measures name no place but the province whose governorship decrees them; the
decree holds in that province, and coders place it at the provincial seat, where the office sits.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.model import Place

_OFFICE = re.compile(
    r"\b(?P<region>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)\s+"
    r"(?:Governor['’]s [Oo]ffice|Governorship|Governorate)\b"
)


def governors_region(sentence: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The first-level region whose governor's office the sentence names, at its seat (the region
    stays the place's name and region); None where it names none the lists know as a region (of the
    focus country where the article has one, else of one country alone)."""
    for match in _OFFICE.finditer(sentence):
        regions = [
            e
            for e in gazetteer.lookup(match.group("region"), kind="admin1")
            if focus is None or e.country == focus
        ]
        if len({e.country for e in regions}) != 1:
            continue
        region = regions[0].to_place()
        seat = gazetteer.seat(region)
        if seat is None or seat.lat is None or seat.lon is None:
            return region
        return Place(region.name, region.country, region.admin1, seat.lat, seat.lon, region.precision)
    return None
