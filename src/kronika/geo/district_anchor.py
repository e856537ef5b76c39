"""Same-named towns of one region, told apart by the district the sentence's prose names after one.

A region may hold two towns of one name far apart (Rajshahi division's Shibganj of Bogura and Shibganj
of Chapai Nawabganj). A chain written with its district ('Shibganj (Nawabganj, Rajshahi)') is read by
`geo/anchored.py`; a note written as prose names the district in words of its own ('in Shibganj
upazila's bazaar in Nawabganj district', 'Shibganj upazila in Chapainawabganj district'). Where it
does, the town meant is the namesake nearest that district's town, not the biggest. Notes often leave
the district's word out after an upazila ('Shibganj upazila in Chapainawabganj'), and that reads so too,
as does the district written as the upazila's owner ("Nawabganj's Shibganj upazila") and the district a
coder writes in a bracket after a spot of the town ('the Kaliganj upazila parishad (Satkhira)').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
# 'Shibganj upazila in Chapainawabganj': an upazila is told by the district it lies in, whether or not
# the note writes the district's word (`_DISTRICT` reads it where it does); group 1 the upazila, 2 the
# district's first word, 3 a second word that may be part of its name ('Chapai Nawabganj')
_UPAZILA_IN = re.compile(
    r"\b([A-Z][\w'-]+)\s+upazila\s+(?:in|of|under)\s+(?:the\s+)?([A-Z][\w'-]+)(?:\s([A-Z][\w'-]+))?"
)
# "Nawabganj's Shibganj upazila": the district written as the upazila's owner; group 1 the district,
# 2 the town
_OWNED = re.compile(r"\b([A-Z][\w-]+)['’]s\s+([A-Z][\w'-]+)")
# 'Kaliganj upazila parishad (Satkhira)': a district a coder brackets after the town and up to three
# lowercase words of a spot in it; group 1 the town, 2 the district's name (one or two words)
_BRACKETED = re.compile(
    r"\b([A-Z][\w'-]+)(?:\s+[a-z][\w'-]*){0,3}\s*\(\s*([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s*[,)]"
)
_DIVISION = re.compile(r"\s+division\b", re.IGNORECASE)
_ANCHOR_KINDS = frozenset({"city", "admin2"})


def district_namesake(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place, as the namesake of its town in its region nearest the district town the sentence
    names ('in Nawabganj district'), where the region holds namesakes far apart; else unchanged."""
    if place.precision != "city" or place.admin1 is None:
        return place
    namesakes = _namesakes(place, gazetteer)
    if len(namesakes) < 2 or max(entries_km(a, b) for a in namesakes for b in namesakes) <= SPREAD_KM:
        return place
    for anchor in _anchors(place, sentence, gazetteer):
        nearest = min(namesakes, key=lambda e: (entries_km(e, anchor), -e.population))
        return replace(place, lat=nearest.lat, lon=nearest.lon)
    return place


def _anchors(place: Place, sentence: str, gazetteer: Gazetteer) -> Iterator[GeoEntry]:
    """The district towns the sentence names, in its order: after a district's word ('in Nawabganj
    district'), then after the place's own upazila without one ('Shibganj upazila in Chapainawabganj'),
    its two words read before its first alone, then as the owner of the place's name ("Nawabganj's
    Shibganj upazila"), then in a bracket after the place's name ('Kaliganj upazila parishad
    (Satkhira)')."""
    for match in _DISTRICT.finditer(sentence):
        anchor = _district_town(match.group(1), place, gazetteer)
        if anchor is not None:
            yield anchor
    for match in _UPAZILA_IN.finditer(sentence):
        # 'Shibganj upazila in Rajshahi division' names the division's city, nowhere near the upazila
        if name_key(match.group(1)) != name_key(place.name) or _DIVISION.match(sentence, match.end(2)):
            continue
        words = [match.group(2), f"{match.group(2)} {match.group(3)}"] if match.group(3) else [match.group(2)]
        found = (_district_town(name, place, gazetteer) for name in reversed(words))
        anchor = next((entry for entry in found if entry is not None), None)
        if anchor is not None:
            yield anchor
    for match in _OWNED.finditer(sentence):
        anchor = _district_town(match.group(1), place, gazetteer)
        if name_key(match.group(2)) == name_key(place.name) and anchor is not None:
            yield anchor
    for match in _BRACKETED.finditer(sentence):
        anchor = _district_town(match.group(2), place, gazetteer)
        if name_key(match.group(1)) == name_key(place.name) and anchor is not None:
            yield anchor


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
