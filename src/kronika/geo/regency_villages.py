"""A village read far from the regency or city its sentence names, given way to that unit's town.

Indonesian notes place a village or sub-district by the regency (kabupaten) or city (kota) it lies in.
Village names repeat across a province, and the lists hold only some of them, so the village read is
often a namesake far off in the same province, or a listed village the unlisted one was respelt to
('Ketabang' as Ketawang, 100 km from Surabaya). The regency or city the note names is the fact: where
the village read, one the lists give no people, lies beyond the unit's reach from the unit's town, the
unit's town is the better guess (coders place such events at the village, mostly within that reach).
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place

# How far a unit's villages lie from its town: a city (kota) is compact; a regency's seat may lie 80 km
# from its far villages (Cianjur's south coast lies 77 km out)
CITY_REACH_KM = 40.0
REGENCY_REACH_KM = 80.0
# Regencies and cities are Indonesia's units; elsewhere a city a sentence names is as often where people
# came from or marched to as the unit its village lies in
UNIT_COUNTRY = "IDN"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_UNIT = re.compile(rf"\b(?P<unit>{_NAME})\s+(?P<word>(?i:regency|city))\b")


def village_in_regency(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The town of the regency or city the sentence names, where the place read is an Indonesian village
    the lists give no people that lies beyond that unit's reach from its town, in the same first-level
    region; any other place as it is (a unit whose town the lists lack in that region, or a village
    within reach)."""
    if place.country != UNIT_COUNTRY or place.precision != "city" or place.lat is None or place.lon is None:
        return place
    if not _village(place, gazetteer):
        return place
    for match in _UNIT.finditer(sentence):
        towns = [
            e
            for e in gazetteer.lookup(match.group("unit"), kind="city", country=place.country)
            # a unit's town has people: a village of the unit's name ('Surabaya', West Java) is none
            if e.admin1 == place.admin1 and e.population > 0 and e.lat is not None and e.lon is not None
        ]
        if not towns:
            continue
        if any(name_key(t.name) == name_key(place.name) for t in towns):
            return place
        reach = REGENCY_REACH_KM if match.group("word").lower() == "regency" else CITY_REACH_KM
        if any(_distance(place, t) <= reach for t in towns):
            return place
        return towns[0].to_place()
    return place


def _village(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the place is a listed village the lists give no people (a town of some size is no
    namesake picked by chance)."""
    own = [
        e
        for e in gazetteer.lookup(place.name, kind="city", country=place.country)
        if (e.lat, e.lon) == (place.lat, place.lon)
    ]
    return bool(own) and all(e.population == 0 for e in own)


def _distance(place: Place, town: GeoEntry) -> float:
    """Kilometres between a place and a town, both with coordinates."""
    assert place.lat is not None and place.lon is not None and town.lat is not None and town.lon is not None
    return distance_km(place.lat, place.lon, town.lat, town.lon)
