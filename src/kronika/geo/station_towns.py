"""A local station's own town in its page's headline, against the county its story names.

A station's site names its home town after the headline ('... in Lincoln County - MSNewsNow.com -
Jackson, MS'); the town stands for a story that names no place of its own, but a story that names a
county the station's town does not lie in happened in that county, not at the studio.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import find_chains
from kronika.geo.names import name_key
from kronika.geo.nearby import COUNTY_KM, entries_km
from kronika.model import Place

LEAD_CHARS = 600  # the opening lines, where local news says where its story is
STATION_KM = 250.0  # a station reports from its own market and the counties around it
_TITLE_PARTS = re.compile(r"\s+(?:\||::|-|–|—)\s+")


def station_county(gazetteer: Gazetteer, title: str | None, text: str, station: GeoEntry) -> Place | None:
    """The county the headline or the lead names ('One teen killed in Lincoln County'), where `station`,
    the town the headline gives, is named only in its site part and lies outside that county: of the
    counties of the name, the one in the station's state, else the nearest within STATION_KM. None where
    the headline itself names the town, or the story names no such county."""
    parts = _TITLE_PARTS.split(title or "")
    if len(parts) < 2 or name_key(station.name) in name_key(parts[0]):
        return None
    for written in (parts[0], text[:LEAD_CHARS]):
        for chain in find_chains(written):
            for name in chain.names:
                county = _county(gazetteer, name.text, station) if name.county else None
                if county is not None:
                    return county.to_place() if entries_km(county, station) > COUNTY_KM else None
    return None


def _county(gazetteer: Gazetteer, name: str, station: GeoEntry) -> GeoEntry | None:
    """The county of that name in the station's state, else the nearest one within its reach."""
    counties = [
        e
        for e in gazetteer.lookup(name, kind="admin2", country=station.country)
        if e.lat is not None and entries_km(e, station) <= STATION_KM
    ]
    home = [e for e in counties if e.admin1 == station.admin1]
    return min(home or counties, key=lambda e: entries_km(e, station), default=None)
