"""Which first-level region a town lies in where the city list names no listed region for it.

The city list gives some towns a region that is no first-level unit of the region list (Serbia's
'Central Serbia', a statistical grouping) and others none at all (Nouakchott, Tbilisi, Shymkent: cities
that are regions of their own). Reports and coders place such towns in the listed region: a town whose
county bears a listed region's name lies in that region (Belgrade's county is the City of Belgrade), and
a town its county does not place lies in the region named after it (Nouakchott in Nouakchott-Ouest,
the one of its three centred nearest). Others spell a listed region their own way for all its towns
('Grodnenskaya' for Grodno, 'Castille and León' for Castilla y León): such a spelling names the region
whose name shares its stem, among those nearest its towns that no town has yet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kronika.geo.build import GazetteerData, read_region_names, region_keys
from kronika.geo.names import REGION_TYPE_WORDS, display_region, name_key, strip_region_type
from kronika.geo.nearby import distance_km

# A region named after a town is the town's own only if centred this close to it: farther off, it is a
# namesake's, and the town keeps the city list's region.
OWN_REGION_KM = 30.0
# A respelled region is one of this many listed regions centred nearest its towns' mean position.
NEAREST_REGIONS = 3
MIN_STEM = 4  # letters two spellings of a name share at least ('Lodz' in 'Lódź Voivodeship' and 'Lódzkie')
_ADJECTIVE_ENDING = re.compile(r"(?:sk|k)(?:aja|aya|ij|iy)\b")
# Words many regions' names share: no stem of one region's name ('Southern Savo', 'Saint Gallen').
_COMMON_WORDS = REGION_TYPE_WORDS | frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
     "center", "middle", "upper", "lower", "northeast", "northwest", "southeast", "southwest", "norte",
     "sul", "sud", "nord", "este", "oeste", "ouest", "island", "islands", "atoll", "city", "saint",
     "sankt", "santa", "republic", "autonomous", "federal", "capital", "national", "great", "grand"}
)  # fmt: skip


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


def name_respelled_states(
    data: GazetteerData,
    cities: list[dict],
    iso3_of: dict[str, str],
    state_to_admin1: dict[str, dict[str, str]],
) -> None:
    """Give each city-list region no listed region matched (`state_to_admin1`'s keys, per country) the
    listed region it respells: the one sharing the longest stem with it (the nearer on a tie) among the
    NEAREST_REGIONS centred nearest its towns, if no town lies in that one yet. 'Central Serbia' shares
    no stem and keeps its towns for `place_towns_in_regions`; a country none of whose towns lies in a
    listed region has its regions at another level, not spelled otherwise (the Gaza Strip is no
    respelled Gaza governorate), and is left to `adopt_town_regions`."""
    centres = _state_centres(cities)
    regions = _region_rows(data)
    shown = {(c["country_code"], strip_region_type(name_key(c["state"]))): display_region(c["state"])
             for c in cities if c.get("state")}  # fmt: skip
    for cc, by_key in centres.items():
        iso3 = iso3_of.get(cc)
        mapping = state_to_admin1.get(cc, {})
        taken = set(mapping.values())
        respelled: dict[str, list[str]] = defaultdict(list)  # region -> the city list's names for it
        for key, (lat, lon) in sorted(by_key.items()):
            if key in mapping or iso3 not in regions or not mapping:
                continue
            found = _respelled(key, lat, lon, regions[iso3], taken)
            if found is not None:
                mapping[key] = found
                respelled[found].append(shown[(cc, key)])
        if iso3 is not None:
            _show_short_names(data, iso3, respelled, mapping)


def _show_short_names(
    data: GazetteerData, iso3: str, respelled: dict[str, list[str]], mapping: dict[str, str]
) -> None:
    """Show a region the region list names by an adjective ('Karagandinskaja' oblast) under the city
    list's name for it, the noun reports use ('Karaganda'), unless our table names it or two city-list
    regions share it (a merger keeps its own name)."""
    curated = {n.display for n in read_region_names().get(iso3, [])}
    for region, names in respelled.items():
        if len(names) != 1 or region in curated or not _adjectival(region) or _adjectival(names[0]):
            continue
        for i, (name, kind, country, _, lat, lon, population) in enumerate(data.rows):
            if kind == "admin1" and country == iso3 and name == region:
                data.rows[i] = (names[0], kind, country, names[0], lat, lon, population)
                for key in region_keys(names):
                    if i not in data.index.get(key, []):
                        data.index.setdefault(key, []).append(i)
        for key, admin1 in list(mapping.items()):
            if admin1 == region:
                mapping[key] = names[0]


def _adjectival(name: str) -> bool:
    """Whether a region's name ends in a Russian adjective's ending ('Turkestankaya', 'Hanty-Mansijskij')."""
    return _ADJECTIVE_ENDING.search(name_key(name)) is not None


@dataclass(frozen=True)
class _Row:
    """A listed region as the respelling match reads it: its name, centre and lookup keys."""

    admin1: str
    lat: float
    lon: float
    keys: frozenset[str]
    country: frozenset[str]  # the words of its country's names


def _state_centres(cities: list[dict]) -> dict[str, dict[str, tuple[float, float]]]:
    """Each country's city-list regions (stripped name keys) with the mean position of their towns."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        if city.get("state"):
            key = strip_region_type(name_key(city["state"]))
            points[(city["country_code"], key)].append((city["latitude"], city["longitude"]))
    centres: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (cc, key), found in points.items():
        lat, lon = sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found)
        centres[cc][key] = (lat, lon)
    return centres


def _region_rows(data: GazetteerData) -> dict[str, list[_Row]]:
    """Each country's listed regions with a centre, and the keys they are indexed under."""
    keys: dict[int, set[str]] = defaultdict(set)
    for key, ids in data.index.items():
        for i in ids:
            if data.rows[i][1] == "admin1":
                keys[i].add(key)
    rows: dict[str, list[_Row]] = defaultdict(list)
    for i, (name, kind, iso3, _, lat, lon, _) in enumerate(data.rows):
        if kind == "admin1" and lat is not None and lon is not None:
            country = _country_words(iso3)
            rows[iso3].append(_Row(name, lat, lon, frozenset(keys[i] | {name_key(name)}), country))
    return rows


@cache
def _country_words(iso3: str) -> frozenset[str]:
    """The words of a country's names in pycountry ('taiwan', 'province', 'of', 'china')."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    return frozenset(w for n in names if n for w in name_key(n).split())


def _respelled(key: str, lat: float, lon: float, rows: list[_Row], taken: set[str]) -> str | None:
    """The region among the nearest to (lat, lon) that no town lies in and whose name shares the
    longest stem with `key` (the nearer on a tie: 'North Savo' is Pohjois-Savo), if any shares one."""
    near = sorted(rows, key=lambda r: distance_km(lat, lon, r.lat, r.lon))[:NEAREST_REGIONS]
    scored = [(stem_overlap(key, r.keys, rows[0].country), -rank, r.admin1) for rank, r in enumerate(near)]
    best = max((s for s in scored if s[2] not in taken), default=None)
    return best[2] if best is not None and best[0] >= MIN_STEM else None


def stem_overlap(key: str, others: frozenset[str], country: frozenset[str] = frozenset()) -> int:
    """The most leading letters a word of `key` shares with a word of one of `others`, words common to
    many region names and those of the `country`'s name left out ('South Ethiopia' is no respelled
    'Southwest Ethiopia'): 'grodnenskaya' and 'grodno' share 5, 'saint gallen' and 'sankt gallen' 6."""
    common = _COMMON_WORDS | country
    words = {w for w in key.split() if w not in common}
    theirs = {w for other in others for w in other.split() if w not in common}
    return max((_shared_prefix(a, b) for a in words for b in theirs), default=0)


def _shared_prefix(a: str, b: str) -> int:
    """How many leading letters two words share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
