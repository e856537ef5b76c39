"""A place as its country's map stood on the event's day: South Sudan's states before independence.

The gazetteer's regions are today's. Before 9 July 2011 South Sudan was Sudan's south, and coders file
events there under the three old southern provinces the ten states made up (Equatoria, Bahr el Ghazal,
Upper Nile), in Sudan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from kronika.model import Place

SOUTH_SUDAN_INDEPENDENCE: Final = date(2011, 7, 9)
# South Sudan's states -> the old southern province of Sudan each lay in
OLD_PROVINCES: Final = {
    "Central Equatoria": "Equatoria",
    "Eastern Equatoria": "Equatoria",
    "Western Equatoria": "Equatoria",
    "Lakes": "Bahr el Ghazal",
    "Warrap": "Bahr el Ghazal",
    "Northern Bahr el Ghazal": "Bahr el Ghazal",
    "Western Bahr el Ghazal": "Bahr el Ghazal",
    "Upper Nile": "Upper Nile",
    "Jonglei": "Upper Nile",
    "Unity": "Upper Nile",
}


def as_of(place: Place | None, day: date | None) -> Place | None:
    """`place` under the country and first-level region it lay in on `day` (unchanged where no day is
    known or the map was today's)."""
    if place is None or day is None or place.country != "SSD" or day >= SOUTH_SUDAN_INDEPENDENCE:
        return place
    province = OLD_PROVINCES.get(place.admin1 or "")
    name = province if place.precision == "admin1" and province else place.name
    return replace(place, name=name, country="SDN", admin1=province)
