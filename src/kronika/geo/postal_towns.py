"""The city an American town with no post office of its own is filed under: its nearest post office's.

Records kept by address, as the Gun Violence Archive's are, file an event by the city its address is
written with (`geo/mailing.py` does so for a county). An unincorporated community or a city's quarter
that the gazetteer lists as a town ('Mead Valley', 'Foothill Farms', 'East New York') has no post
office named after it, and no ZIP code accepts its name: its addresses are written with the city of the
post office that serves it (Perris, Sacramento, Brooklyn). A town that names a ZIP code, or that ZIP
codes accept as a name of their addresses ('Pine Hills' for Orlando's), is left as read: such towns are
filed under their own name about as often as under the post office's. Where the zipcodes package is
absent, places are left as read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika.gazetteer import Gazetteer
from kronika.geo.mailing import postal_code, zip_records
from kronika.geo.names import name_key, spelled_variants
from kronika.geo.nearby import distance_km
from kronika.model import Place

ZIP_KM = 10.0  # the nearest delivery ZIP code's point lies this close to a town it serves
CITY_KM = 40.0  # and the listed point of the city it is named after this close
# a place this big is a city or borough in its own right, filed under its own name whatever its post
# offices are called (Queens' ZIP codes are named after its quarters: Flushing, Jamaica, Ozone Park)
MAX_PEOPLE = 500_000


@dataclass(frozen=True)
class ZipPoint:
    """A delivery ZIP code's point and the city it is named after."""

    lat: float
    lon: float
    city: str


@dataclass(frozen=True)
class PostOffices:
    """Per state (postal code): the name keys ZIP codes are named after or accept, and each delivery ZIP
    code's point with the city it is named after."""

    names: dict[str, frozenset[str]]
    points: dict[str, tuple[ZipPoint, ...]]


def post_offices(zips: Sequence[dict[str, Any]]) -> PostOffices:
    """The post offices of the ZIP code records."""
    names: defaultdict[str, set[str]] = defaultdict(set)
    points: defaultdict[str, list[ZipPoint]] = defaultdict(list)
    for z in zips:
        state, city = z.get("state"), z.get("city")
        if not state or not city:
            continue
        names[state].update(name_key(n) for n in (city, *(z.get("acceptable_cities") or ())))
        if z.get("zip_code_type", "STANDARD") == "STANDARD" and z.get("lat") and z.get("long"):
            points[state].append(ZipPoint(float(z["lat"]), float(z["long"]), city))
    return PostOffices({s: frozenset(n) for s, n in names.items()}, {s: tuple(p) for s, p in points.items()})


@cache
def _post_offices() -> PostOffices:
    """The shipped records' post offices (derived once: the records never change)."""
    return post_offices(zip_records())


def postal_city(place: Place, gazetteer: Gazetteer, offices: PostOffices | None = None) -> Place:
    """An American town no ZIP code of its state is named after or accepts as a name, at the listed
    city its nearest delivery ZIP code is named after ('Mead Valley': Perris); any other place, and a
    town with no such ZIP code near it, as it is. `offices` stands in for the shipped records in tests."""
    state = postal_code(place.admin1 or "") if place.country == "USA" else None
    if state is None or place.precision != "city" or place.lat is None or place.lon is None:
        return place
    listed = gazetteer.lookup(place.name, kind="city", country="USA")
    if any(e.admin1 == place.admin1 and e.population > MAX_PEOPLE for e in listed):
        return place
    known = _post_offices() if offices is None else offices
    names = known.names.get(state, frozenset())
    key = name_key(place.name)
    if not names or key in names or any(v in names for v in spelled_variants(key)):
        return place
    lat, lon = place.lat, place.lon
    points = known.points.get(state, ())
    nearest = min(points, key=lambda p: distance_km(lat, lon, p.lat, p.lon), default=None)
    if nearest is None or distance_km(lat, lon, nearest.lat, nearest.lon) > ZIP_KM:
        return place
    return _listed(gazetteer, nearest.city, place) or place


def _listed(gazetteer: Gazetteer, city: str, near: Place) -> Place | None:
    """The listed town called `city` in the place's state nearest it, within CITY_KM."""
    assert near.lat is not None and near.lon is not None
    towns = [
        (distance_km(e.lat, e.lon, near.lat, near.lon), e.to_place())
        for e in gazetteer.lookup(city, kind="city", country="USA")
        if e.admin1 == near.admin1 and e.lat is not None and e.lon is not None
    ]
    close = [(km, town) for km, town in towns if km <= CITY_KM]
    return min(close, key=lambda t: t[0])[1] if close else None
