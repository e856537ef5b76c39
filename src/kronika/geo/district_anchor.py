"""Same-named towns of one region, told apart by the district the sentence's prose names after one.

A region may hold two towns of one name far apart (Rajshahi division's Shibganj of Bogura and Shibganj
of Chapai Nawabganj). A chain written with its district ('Shibganj (Nawabganj, Rajshahi)') is read by
`geo/anchored.py`; a note written as prose names the district in words of its own ('in Shibganj
upazila's bazaar in Nawabganj district', 'Shibganj upazila in Chapainawabganj district'). Where it
does, the town meant is the namesake nearest that district's town, not the biggest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.anchored import SPREAD_KM
from kronika.geo.names import name_key
from kronika.geo.nearby import entries_km
from kronika.model import Place

# 'in Nawabganj district', 'of Moulvibazar District', 'under Gaibandha zila': a district the prose names
_DISTRICT = re.compile(
    r"\b(?:in|of|under)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s+(?:district|zila|zilla)\b",
    re.IGNORECASE,
)
_ANCHOR_KINDS = frozenset({"city", "admin2"})


def district_namesake(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place, as the namesake of its town in its region nearest the district town the sentence
    names ('in Nawabganj district'), where the region holds namesakes far apart; else unchanged."""
    if place.precision != "city" or place.admin1 is None:
        return place
    namesakes = _namesakes(place, gazetteer)
    if len(namesakes) < 2 or max(entries_km(a, b) for a in namesakes for b in namesakes) <= SPREAD_KM:
        return place
    for match in _DISTRICT.finditer(sentence):
        anchor = _district_town(match.group(1), place, gazetteer)
        if anchor is not None:
            nearest = min(namesakes, key=lambda e: (entries_km(e, anchor), -e.population))
            return replace(place, lat=nearest.lat, lon=nearest.lon)
    return place


def _namesakes(place: Place, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The towns of the place's name in its region and country that have a point."""
    return [
        e
        for e in gazetteer.lookup(place.name, kind="city", country=place.country)
        if e.admin1 == place.admin1
        and name_key(e.name) == name_key(place.name)
        and e.lat is not None
        and e.lon is not None
    ]


def _district_town(name: str, place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The biggest town or district of a written district name in the place's region, other than the
    place's own name."""
    if name_key(name) == name_key(place.name):
        return None
    found = [
        e
        for e in gazetteer.lookup(name, country=place.country)
        if e.kind in _ANCHOR_KINDS and e.admin1 == place.admin1 and e.lat is not None and e.lon is not None
    ]
    return max(found, key=lambda e: e.population) if found else None
