"""A place just outside a city that is a first-level region of its own lies in the region around it.

Some capitals are a region by themselves (Bishkek, Kyiv, Moscow): the city's limits are the
region's, and the farms, bases and villages at its edge belong to the province that rings it. A
report of a base "outside the capital" or a clash "on the outskirts of Bishkek" is placed by coders
in that surrounding province, at a point by the city. A city that sits inside a larger province of
its own name (Kabul, Aleppo) keeps its region: its outskirts are still that province.

The other way round, the region list folds one such capital into the region around it: Peru's capital
province (Metropolitan Lima) is a first-level unit of its own, no part of Lima Region, and coders place
events in the capital's districts there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place

# 'outside the capital', 'on the outskirts of Bishkek', 'the capital's suburbs'
_OUTSIDE_BEFORE = re.compile(
    r"\b(?:outside|(?:outskirts|suburbs?|edge|environs)\s+of)\s+(?:the\s+)?(?P<name>capital|[A-Z][\w'’-]+)"
)
_OUTSIDE_AFTER = re.compile(
    r"\b(?:the\s+)?(?P<name>capital|[A-Z][\w'’-]+)['’]s\s+(?:outskirts|suburbs|edge)\b"
)
RING_KM = 15.0  # towns of another region this close to the city's point show the region ends at its edge
MIN_RING_TOWN = 5_000  # a hamlet across a boundary line says little; a town this big does
# (country, listed region) -> the capital's own first-level unit, which the region list folds into it
FOLDED_CAPITALS = {("PER", "Lima"): "Lima Province"}
# Metropolitan Lima reaches about this far from its centre (Ancón, Chosica); Huaral and Chilca lie past it
CAPITAL_PROVINCE_KM = 40.0


def outside_city(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place moved into the region around its city where the sentence puts the event just
    outside a city that is a region of its own; any other place unchanged. The point stays the
    city's (the event lies at its edge) and the name becomes the surrounding region's."""
    if place.precision != "city" or not _named_outside(place, sentence, gazetteer):
        return place
    region = surrounding_region(place, gazetteer)
    if region is None:
        return place
    return replace(place, name=region, admin1=region, precision="admin1")


def surrounding_region(city: Place, gazetteer: Gazetteer) -> str | None:
    """The first-level region that rings a city which is a region of its own: the region holding most
    people in the sizeable towns within RING_KM of it; None where the city's own region goes on past
    its edge (no town of another region that close)."""
    if city.admin1 is None or name_key(city.admin1) != name_key(city.name):
        return None
    people: Counter[str] = Counter()
    for town in gazetteer.towns_within(city, RING_KM):
        if _ring_town(town, city):
            people[town.admin1 or ""] += town.population
    return people.most_common(1)[0][0] if people else None


def _ring_town(town: GeoEntry, city: Place) -> bool:
    """Whether a town near the city lies in another named region and is big enough to count."""
    return town.admin1 is not None and town.admin1 != city.admin1 and town.population >= MIN_RING_TOWN


def _named_outside(place: Place, sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence says the event was outside this city, by its name or as 'the capital'."""
    for pattern in (_OUTSIDE_BEFORE, _OUTSIDE_AFTER):
        for match in pattern.finditer(sentence):
            name = match.group("name")
            if name == "capital":
                capital = gazetteer.capital(place.country)
                if capital is not None and capital.name == place.name:
                    return True
            elif name_key(name) == name_key(place.name):
                return True
    return False


def capital_province(place: Place, gazetteer: Gazetteer) -> Place:
    """The place given its capital's own first-level unit where the region list folds that unit into
    the region around it and the place lies within CAPITAL_PROVINCE_KM of the capital; else unchanged."""
    own = FOLDED_CAPITALS.get((place.country, place.admin1 or ""))
    capital = gazetteer.capital(place.country) if own is not None else None
    if own is None or capital is None or capital.lat is None or capital.lon is None:
        return place
    if place.lat is None or place.lon is None:
        return place
    near = distance_km(place.lat, place.lon, capital.lat, capital.lon) <= CAPITAL_PROVINCE_KM
    return replace(place, admin1=own) if near else place
