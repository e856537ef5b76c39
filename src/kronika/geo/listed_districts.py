"""Districts the region list names under a first-level region (Bangladesh's under its divisions, Sri
Lanka's under its provinces), added where the city list names no district so called: notes place events
by such districts ('(Sadar upazila, Noakhali)') whether or not the city list's counties know them."""

from __future__ import annotations

import json

from kronika.geo.build import GazetteerData, package_file, region_aliases, region_keys
from kronika.geo.names import display_region

_DISTRICT = "District"  # iso3166-2's type of a second-level district


def add_listed_districts(data: GazetteerData, iso3_of: dict[str, str]) -> None:
    """Index, as districts (admin2) of their first-level region, the listed districts with a point that
    no district of the country is indexed under yet; the region must be one of the index's own."""
    with open(package_file("iso3166_2", "iso3166-2.json"), encoding="utf-8") as handle:
        raw: dict[str, dict[str, dict]] = json.load(handle)
    for cc, regions in raw.items():
        iso3 = iso3_of.get(cc)
        if iso3 is None:
            continue
        for record in regions.values():
            parent = regions.get(record.get("parentCode") or "")
            point = record.get("latLng") or []
            if parent is None or record.get("type") != _DISTRICT or len(point) < 2:
                continue
            admin1 = _region_of(data, parent, iso3)
            keys = region_keys(region_aliases(record))
            if admin1 is not None and not _has_district(data, keys, iso3):
                row = (display_region(record["name"]), "admin2", iso3, admin1, point[0], point[1], 0)
                data.add(row, keys)


def _region_of(data: GazetteerData, parent: dict, iso3: str) -> str | None:
    """The display name of the index's first-level region the listed parent region is, if it is one."""
    for key in sorted(region_keys(region_aliases(parent))):
        for i in data.index.get(key, []):
            name, kind, country, *_ = data.rows[i]
            if (kind, country) == ("admin1", iso3):
                return name
    return None


def _has_district(data: GazetteerData, keys: set[str], iso3: str) -> bool:
    """Whether a district of the country is indexed under one of the keys."""
    return any(data.rows[i][1:3] == ("admin2", iso3) for key in keys for i in data.index.get(key, []))
