"""A village the note places in a named sub-district ('Katakhali in Fakirhat upazila') read inside it.

Bangladeshi notes place a village or union by the upazila it lies in. Village and union names repeat
across the country (there are Katakhalis and Durgapurs in several divisions), so the namesake the lists
hold is often a far one; the upazila the note names is the fact. Where the place read for the village
lies beyond the upazila's reach, the village's namesake within that reach is taken, else the upazila's
own town (named after it, `geo/subunits.py`), which lies in the right division.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.geo.romanized import consonant_key, respelt_town
from kronika.model import Place

# A village lies this near its upazila's town: upazilas span 15-40 km, so 35 km leaves room for the
# town at one end and the village at the other.
UPAZILA_REACH_KM = 35.0
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# 'Katakhali in Fakirhat upazila', 'Durgapur union under Ashuganj upazila', 'Gopalpur village of Kachua
# Upazila', 'Balughat Bazar in Fulbaria Upazila'
_IN_UNIT = re.compile(
    rf"\b(?P<village>{_NAME})(?:\s+(?i:village|union|bazaa?r|area|para|mouza))?"
    rf"\s+(?:in|of|under|at)\s+(?:the\s+)?(?P<unit>{_NAME})\s+(?i:upazila|upazilla|upzila|sub-?district)\b"
)


def village_in_upazila(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place of a village the sentence writes as lying in an upazila, where the place read for it
    lies out of that upazila's reach: its namesake within reach, else the upazila's town. Any other
    place, and one whose upazila the lists lack or hold in more than one spot, is kept."""
    if place.lat is None or place.lon is None:
        return place
    for match in _IN_UNIT.finditer(sentence):
        village = match.group("village")
        if not _is_read_as(place, village, gazetteer):
            continue
        towns = _unit_towns(gazetteer, match.group("unit"), place.country)
        if len(towns) != 1 or _within(place.lat, place.lon, towns[0]):
            return place
        near = [
            e for e in gazetteer.lookup(village, kind="city", country=place.country) if _near(e, towns[0])
        ]
        return (near[0] if near else towns[0]).to_place()
    return place


def _is_read_as(place: Place, village: str, gazetteer: Gazetteer) -> bool:
    """Whether the place read is the village's name (a namesake of it in the lists, or a spelling of it
    with the same consonants)."""
    if name_key(place.name) == name_key(village) or consonant_key(place.name) == consonant_key(village):
        return True  # 'Gobindasri', read as the lists' Gobindasree
    return any(e.lat == place.lat and e.lon == place.lon for e in gazetteer.lookup(village, kind="city"))


def _unit_towns(gazetteer: Gazetteer, unit: str, country: str) -> list[GeoEntry]:
    """The towns an upazila is named after in the place's country (or Bangladesh's, for a village read
    abroad), one per spot; else the Bangladeshi town whose consonants its name keeps (a respelling)."""
    towns: list[GeoEntry] = []
    for iso in dict.fromkeys((country, "BGD")):
        for entry in gazetteer.lookup(unit, kind="city", country=iso):
            if entry.lat is not None and not any(_near(entry, t) for t in towns):
                towns.append(entry)
        if towns:
            return towns
    respelt = respelt_town(gazetteer, "BGD", unit)  # 'Gobindasri in Bianibazar upazila': Beanibazar
    return [respelt] if respelt is not None else towns


def _within(lat: float, lon: float, town: GeoEntry) -> bool:
    """Whether a point lies within an upazila's reach of its town."""
    return (
        town.lat is not None
        and town.lon is not None
        and distance_km(lat, lon, town.lat, town.lon) <= UPAZILA_REACH_KM
    )


def _near(entry: GeoEntry, town: GeoEntry) -> bool:
    """Whether an entry lies within an upazila's reach of its town."""
    return entry.lat is not None and entry.lon is not None and _within(entry.lat, entry.lon, town)
