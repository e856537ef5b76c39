"""Sudan's old south and South Sudan as one land: a town read in both is one place, not two countries.

Before 9 July 2011 coders filed South Sudan's towns under Sudan's three old southern provinces
(Equatoria, Bahr el Ghazal, Upper Nile; `geo/eras.py`), and our table of coders' villages
(`data/coder_villages.tsv`) holds those towns so, in Sudan, beside the lists' South Sudanese towns of
the name: 'fighting in Kapoeta' then reads as a town of two countries and is placed nowhere. The two
readings lie a few kilometres apart and are one town: the note's own country keeps its reading ('Kapoeta,
Sudan' in 2009 is the old province's), any other reads South Sudan's, which the map of the event's day
(`geo/eras.py`'s `as_of`) files back under Sudan's old province before independence. A village of the
old south only the table holds is a village of a South Sudanese note too ('Sakure, South Sudan', 'LRA
raided Namama, S. Sudan' in 2010): read in South Sudan, in the state of the nearest South Sudanese town,
it goes back to its old province by the same map. After independence a town read in Sudan's old south
(a note that names the SPLA reads as Sudan's) is South Sudan's, in the state of its nearest town.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.eras import OLD_PROVINCES, SOUTH_SUDAN_INDEPENDENCE
from kronika.geo.nearby import distance_km, entries_km
from kronika.model import Place

OLD_SOUTH: Final = frozenset(OLD_PROVINCES.values())
# the table's point and the lists' for one town lie within a few kilometres (Rumbek 3, Aweil 3)
TWIN_KM: Final = 25.0
# a village of the old south takes the state of the nearest South Sudanese town this near it
STATE_KM: Final = 60.0


def old_south(entry: GeoEntry) -> bool:
    """Whether an entry is a place of Sudan's old south (filed under one of its three old provinces)."""
    return entry.country == "SDN" and entry.admin1 in OLD_SOUTH


def one_sudan(entries: list[GeoEntry], focus: str | None) -> list[GeoEntry]:
    """A name's readings with each town read both in Sudan's old south and in South Sudan kept once: the
    old south's reading where the note is Sudan's, else South Sudan's."""
    south = [e for e in entries if e.country == "SSD" and e.kind == "city"]
    old = [e for e in entries if old_south(e) and e.kind == "city"]
    if not south or not old:
        return entries
    if focus == "SDN":
        drop = [e for e in south if any(entries_km(e, o) <= TWIN_KM for o in old)]
    else:
        drop = [e for e in old if any(entries_km(e, s) <= TWIN_KM for s in south)]
    return [e for e in entries if e not in drop]


def as_south(entry: GeoEntry, gazetteer: Gazetteer) -> GeoEntry:
    """A village of Sudan's old south read as South Sudan's, in the state of the nearest South Sudanese
    town within STATE_KM (unchanged where none lies so near, or it is no such village)."""
    if not old_south(entry) or entry.kind != "city" or entry.lat is None or entry.lon is None:
        return entry
    state = _nearest_state(entry.lat, entry.lon, gazetteer)
    if state is None:
        return entry
    return replace(entry, country="SSD", admin1=state)


def south_readings(entries: list[GeoEntry], gazetteer: Gazetteer, focus: str | None) -> list[GeoEntry]:
    """A name's readings in a South Sudanese note, its old south's villages read as South Sudan's."""
    return [as_south(e, gazetteer) for e in entries] if focus == "SSD" else entries


def one_sudan_chain(
    options: list[list[GeoEntry]], focus: str | None, gazetteer: Gazetteer
) -> list[list[GeoEntry]]:
    """A chain's readings, name by name, with twin towns of the two Sudans kept once (`one_sudan`): the
    old south's reading where the note is Sudan's or another name of the chain reads in Sudan alone
    ('Kapoeta, Sudan' in 2009), else South Sudan's; where another name reads in South Sudan alone
    ('Namama, S. Sudan'), or the note is South Sudan's, the old south's villages read as South Sudan's."""
    out = []
    for i, group in enumerate(options):
        others = {e.country for j, g in enumerate(options) if j != i for e in g}
        sudan = focus == "SDN" or ("SDN" in others and "SSD" not in others)
        south = not sudan and (focus == "SSD" or ("SSD" in others and "SDN" not in others))
        kept = one_sudan(group, "SDN" if sudan else focus)
        out.append(south_readings(kept, gazetteer, "SSD" if south else None))
    return out


def south_on_day(place: Place | None, day: date | None, gazetteer: Gazetteer) -> Place | None:
    """A town of Sudan's old south as the map stood on the event's day: from independence, South Sudan's,
    in the state of the nearest South Sudanese town within STATE_KM (a Sudanese note of 2014 about Rumbek
    reads the old province's reading, which is Lakes state's Rumbek by then). Before, or a province read
    whole, unchanged."""
    if (
        place is None
        or day is None
        or day < SOUTH_SUDAN_INDEPENDENCE
        or place.country != "SDN"
        or place.admin1 not in OLD_SOUTH
        or place.precision != "city"
        or place.lat is None
        or place.lon is None
    ):
        return place
    state = _nearest_state(place.lat, place.lon, gazetteer)
    if state is None:
        return place
    return replace(place, country="SSD", admin1=state)


def _nearest_state(lat: float, lon: float, gazetteer: Gazetteer) -> str | None:
    """The state of the South Sudanese town nearest a point, within STATE_KM; None where none is."""
    point = Place(name="", country="SSD", admin1=None, lat=lat, lon=lon, precision="city")
    near = [e for e in gazetteer.towns_within(point, STATE_KM) if e.admin1 and e.lat is not None]
    if not near:
        return None
    return min(near, key=lambda e: distance_km(lat, lon, e.lat or lat, e.lon or lon)).admin1
