"""Which first-level region a town lies in where the city list names no listed region for it.

The city list gives some towns a region that is no first-level unit of the region list (Serbia's
'Central Serbia', a statistical grouping) and others none at all (Nouakchott, Tbilisi, Shymkent: cities
that are regions of their own). Reports and coders place such towns in the listed region: a town whose
county bears a listed region's name lies in that region (Belgrade's county is the City of Belgrade), and
a town its county does not place lies in the region named after it (Nouakchott in Nouakchott-Ouest,
the one of its three centred nearest).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key, strip_region_type
from kronika.geo.nearby import distance_km

# A region named after a town is the town's own only if centred this close to it: farther off, it is a
# namesake's, and the town keeps the city list's region.
OWN_REGION_KM = 30.0


@dataclass(frozen=True)
class _Region:
    """A listed first-level region: the name it is shown under, and its centre."""

    admin1: str
    lat: float | None
    lon: float | None


def place_towns_in_regions(
    data: GazetteerData,
    cities: list[dict],
    iso3_of: dict[str, str],
    city_rows: dict[str, list[int]],
) -> None:
    """Give the rows of towns whose region is no listed region (or missing) the listed region their
    county names, else the one named after them; `city_rows` hold `add_cities`'s rows first, in the
    city list's order per country. Run once the towns' own regions are adopted where no town lies in a
    listed one (the Gaza Strip's towns stay in it)."""
    regions = _regions(data)
    shown = {iso3: {r.admin1 for r in listed.values()} for iso3, listed in regions.items()}
    seen: dict[str, int] = defaultdict(int)
    for city in cities:
        iso3 = iso3_of.get(city["country_code"])
        if iso3 is None:
            continue
        row_id = city_rows[iso3][seen[iso3]]
        seen[iso3] += 1
        if iso3 not in regions or data.rows[row_id][3] in shown[iso3]:
            continue
        admin1 = _county_region(city, regions[iso3]) or _named_after(city, regions[iso3])
        if admin1 is not None:
            name, kind, country, _, lat, lon, population = data.rows[row_id]
            data.rows[row_id] = (name, kind, country, admin1, lat, lon, population)


def _regions(data: GazetteerData) -> dict[str, dict[str, _Region]]:
    """Each country's admin1 regions by name key."""
    found: dict[str, dict[str, _Region]] = defaultdict(dict)
    for name, kind, iso3, admin1, lat, lon, _ in data.rows:
        if kind == "admin1" and admin1 is not None:
            found[iso3][name_key(name)] = _Region(admin1, lat, lon)
    return found


def _county_region(city: dict, regions: dict[str, _Region]) -> str | None:
    """The listed region the town's county is called, if any."""
    county = city.get("county")
    found = regions.get(strip_region_type(name_key(county))) if county else None
    return found.admin1 if found else None


def _named_after(city: dict, regions: dict[str, _Region]) -> str | None:
    """The region called by the town's name, or by it and a word more ('Nouakchott-Ouest'), whose
    centre lies nearest the town, within OWN_REGION_KM: a city that is a region of its own."""
    town = name_key(city["city"])
    near = [
        (distance_km(city["latitude"], city["longitude"], r.lat, r.lon), r.admin1)
        for key, r in regions.items()
        if (key == town or key.startswith(f"{town} ")) and r.lat is not None and r.lon is not None
    ]
    best = min(near, default=None)
    return best[1] if best is not None and best[0] <= OWN_REGION_KM else None
