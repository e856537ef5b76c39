"""A township the lists lack in a region that is mostly one city, placed at that city ('North Okkalapa
township (Yangon-East District, Yangon Region)' is a quarter of Yangon, not the region's middle).

Myanmar's regions are cut into townships, and a big city's region into many of them, the city's
quarters. A note naming such a township and its region, where the lists hold no town of the township's
name, is placed at the region; where the region's seat holds most of its people, the township is far
more likely one of the city's than one of the countryside's, and the city's point is the better guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer
from kronika.model import Place

CITY_SHARE = 0.4  # a seat with this share of its region's people makes the region mostly one city
_TOWNSHIP = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z(][\w'()-]*)*\s+[Tt]ownship\b")


def city_township(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The region placed at its city's point where the sentence names a township in it and the city holds
    most of the region's people; else the place unchanged (name, region and precision stay the region's)."""
    if place.precision != "admin1" or place.name != place.admin1 or not _TOWNSHIP.search(sentence):
        return place
    regions = [
        e
        for e in gazetteer.lookup(place.name, kind="admin1", country=place.country)
        if e.admin1 == place.admin1
    ]
    seat = gazetteer.seat(place) if regions else None
    if seat is None or seat.lat is None or seat.lon is None:
        return place
    if seat.population < CITY_SHARE * regions[0].population:
        return place
    return replace(place, lat=seat.lat, lon=seat.lon)
