"""Countries whose first-level unit, as ACLED codes it, is the lists' second level: Uganda's districts.

The region list files Uganda's 135 districts under four regions (Central, Eastern, Northern, Western)
and the city list gives each town both, but ACLED's admin1 for Uganda is the district ('Gulu', 'Wakiso',
'Jinja'): a town in the region is never the admin1 coders give. So the towns of such a country are
filed under their district before the build indexes anything, which makes the region list's districts
the first-level regions (`build.load_regions` takes the parts of a grouping the city list names), and
the four regions are kept findable as regions filed under the district of their biggest town ('Northern
Region' still names a region of Uganda, at its seat Gulu, in Gulu district; coders file such an event
under some district, and the seat's is the likeliest).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from kronika.geo.build import (
    GENERIC_DIRECTIONS,
    GazetteerData,
    package_file,
    region_aliases,
    region_keys,
)
from kronika.geo.names import display_region, name_key, strip_region_type

# Alpha-2 codes of the countries ACLED codes at the lists' second level (its admin1 for Uganda is the
# district; the region list's first level there is four regions no note's admin1 ever names).
DISTRICT_COUNTRIES = frozenset({"UG"})


@dataclass(frozen=True)
class DistrictTown:
    """A city-list town of a district country: where it lies, its people, its district and its region."""

    lat: float
    lon: float
    population: int
    district: str
    region: str


def districts_as_states(cities: list[dict]) -> list[dict]:
    """The city list with each town of a district country filed under its district (its `county`) as
    its `state`; a town the list gives no district keeps its region. Other countries' towns unchanged."""
    out = []
    for city in cities:
        county = city.get("county")
        if city["country_code"] in DISTRICT_COUNTRIES and county:
            city = {**city, "state": county, "region": city.get("state")}
        out.append(city)
    return out


def nearest_district(towns: list[DistrictTown], lat: float, lon: float) -> str | None:
    """The district of the town of `towns` (one country's, from `district_towns`) nearest a point: the
    larger list gives a village only its region's code."""
    near = min(towns, key=lambda t: (t.lat - lat) ** 2 + (t.lon - lon) ** 2, default=None)
    return near.district if near else None


def district_towns(cities: list[dict]) -> dict[str, list[DistrictTown]]:
    """The towns of the district countries that `districts_as_states` filed under a district, by
    alpha-2 code."""
    towns: dict[str, list[DistrictTown]] = defaultdict(list)
    for c in cities:
        if c["country_code"] in DISTRICT_COUNTRIES and c.get("region"):
            towns[c["country_code"]].append(
                DistrictTown(c["latitude"], c["longitude"], c["population"], c["state"], c["region"])
            )
    return towns


def add_grouping_regions(
    data: GazetteerData, cities: list[dict], iso3_of: dict[str, str], admin1_of: dict[str, dict[str, str]]
) -> None:
    """Index each district country's first-level groupings of the region list ('Northern Region') as a
    region at the region list's point, filed under the admin1 of its biggest town's district
    (`admin1_of`: per alpha-2 code, stripped district key -> admin1 shown), under the name and keys it had
    as a region ('Central Region' keeps its type word, as 'Central' alone is a direction), and all its
    towns' people, which rank it among same-named regions abroad (Ghana's Northern)."""
    with open(package_file("iso3166_2", "iso3166-2.json"), encoding="utf-8") as handle:
        raw = json.load(handle)
    towns = district_towns(cities)
    for cc in sorted(DISTRICT_COUNTRIES):
        iso3 = iso3_of.get(cc)
        for record in (r for r in raw.get(cc, {}).values() if not r.get("parentCode")):
            keys = region_keys(region_aliases(record))
            inside = [t for t in towns.get(cc, []) if region_keys([t.region]) & keys]
            if iso3 is None or not inside:
                continue
            seat = max(inside, key=lambda t: (t.population, t.district))
            district_key = strip_region_type(name_key(seat.district))
            admin1 = admin1_of.get(cc, {}).get(district_key) or display_region(seat.district)
            lat, lon = (record.get("latLng") or [seat.lat, seat.lon])[:2]
            people = sum(t.population for t in inside)
            shown = display_region(seat.region)  # as the city list writes it: 'Central Region', 'Northern'
            row = (shown, "admin1", iso3, admin1, lat, lon, people)
            data.add(row, (keys | region_keys([shown])) - GENERIC_DIRECTIONS)
