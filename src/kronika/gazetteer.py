"""The offline gazetteer: cities, admin1 regions and countries from registry packages, looked up by name."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kronika.geo.assemble import build
from kronika.geo.build import GazetteerData, Row
from kronika.geo.gazetteer_cache import cache_name, default_cache_dir, read_cache, write_cache
from kronika.geo.listed_towns import is_province
from kronika.geo.names import (
    body_word,
    city_side,
    has_region_type,
    name_key,
    particle_variants,
    region_level,
    saint_spellings,
    spelled_variants,
    strip_region_type,
    without_article,
    without_number,
)
from kronika.geo.nearby import distance_km
from kronika.geo.region_capitals import region_capital
from kronika.geo.split_regions import whole_key
from kronika.model import Place

PlaceKind = Literal["city", "admin2", "admin1", "country"]
_REGION_KINDS = frozenset({"admin1", "admin2"})
_CITY_SUFFIX = " city"
_COMPOUND = re.compile(r"-| and ")  # a region named after two towns, the first its seat: 'Baalbek-Hermel'
MIN_POSSESSED_CITY = 100_000  # a city this big may be written with its possessive's apostrophe lost
CITY_REGION_SHARE = 0.9  # a region whose town holds this share of its people is that town
_KIND_ORDER = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
CLOSE_MEMO_SIZE = 50_000  # fuzzy region and district matches kept before the memo starts afresh


@dataclass(frozen=True)
class GeoEntry:
    """One gazetteer entry: a city, a district or county (admin2), an admin1 region or a country."""

    name: str
    kind: PlaceKind
    country: str  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int

    def to_place(self, name: str | None = None) -> Place:
        """The contract's place for this entry; precision follows the kind (the contract has no
        second level, so a district's centre claims no more than a region's)."""
        return Place(
            name=name or self.name,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            precision="admin1" if self.kind == "admin2" else self.kind,
        )


def _entry(row: Row) -> GeoEntry:
    """A stored row as an entry."""
    name, kind, country, admin1, lat, lon, population = row
    return GeoEntry(name, kind, country, admin1, lat, lon, population)  # type: ignore[arg-type]


class Gazetteer:
    """Name lookups over ≈235k towns and villages, ≈23k districts, ≈3.6k admin1 regions and ≈250 countries."""

    def __init__(self, data: GazetteerData) -> None:
        """Wrap a built index (use `Gazetteer.load()`)."""
        self._data = data
        self._region_keys = _region_keys(data)  # fuzzy region matching looks only at one country's regions
        # Town rows and name keys by region, built on first use: a cache, not state (lookups never change).
        self._towns: dict[tuple[str, str | None], list[int]] | None = None
        self._region_towns: dict[tuple[str, str | None], dict[str, GeoEntry]] = {}
        self._regions_by_name: dict[tuple[str, str], list[int]] | None = None
        self._district_keys: dict[str, tuple[str, ...]] | None = None  # built on the first fuzzy district
        # fuzzy region and district matches by (level, country, key, cutoff): an article names its places
        # many times, and difflib's scan of a country's names is the slowest lookup there is
        self._close: dict[tuple[str, str, str, float], tuple[str, ...]] = {}

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Load the cached index (≈0.3-0.7 s), building and caching it first when absent (≈15-30 s)."""
        path = (cache_dir or default_cache_dir()) / cache_name()
        data = read_cache(path)
        if data is None:
            data = build()
            write_cache(path, data)
        return cls(data)

    def lookup(
        self, name: str, *, kind: PlaceKind | None = None, country: str | None = None
    ) -> list[GeoEntry]:
        """Entries named `name` (case-, accent- and type-word-insensitive), biggest first.

        "Naryn region" only answers regions, admin1 first; "Pulwama district" and "Halifax County"
        answer districts (admin2) first, those whose own name carries the type word before those whose
        name is only the bare one ('Geneva County' is Alabama's, not the canton of Geneva); "Bishkek
        Shaary" and "Bishkek" answer the same.
        """
        key = name_key(name)
        ids = list(self._data.index.get(key, []))
        half = whole_key(key) if not ids else None
        if half is not None:  # 'Shan-North state': the index lists Shan whole
            wholes = self.lookup(half[1], kind=kind, country=country)
            return [e for e in wholes if e.country == half[0] and e.kind == "admin1"]
        ids = self._respelled(key, ids, country)
        preferred = None
        if has_region_type(key):
            preferred = region_level(key)
            ids += self._data.index.get(strip_region_type(key), [])
        entries = [_entry(self._data.rows[i]) for i in dict.fromkeys(ids)]
        return _preferred_first(_of_kind(entries, key, kind, country, preferred), key, preferred)

    def _respelled(self, key: str, ids: list[int], country: str | None) -> list[int]:
        """The rows of a name key found so far (`ids`) with those of the name's other spellings: without
        its article, abbreviated, a saint's, with its particle joined or parted, 'city' or a possessive's
        lost apostrophe dropped, or without a quarter's number."""
        bare = without_article(key)
        if not ids and bare:  # 'ash-Shula' is indexed as 'Shula', 'al-Hasakeh' as 'Al-Hasakeh'
            ids = list(self._data.index.get(bare, []))
        for variant in spelled_variants(key) if not ids else ():  # 'Ft. Lauderdale', 'Mt. Oliver'
            ids += self._data.index.get(variant, [])
        # every reading of every spelling of a saint's name: 'St. Paul' is Minnesota's 'Saint Paul' too
        for variant in saint_spellings(key) if ids else ():
            ids += self._data.index.get(variant, [])
        # 'LaSalle' is La Salle, 'De Kalb County' DeKalb County; a town of the name as written ('Lamesa')
        # is not La Mesa
        particled = particle_variants(key)
        if particled and not any(self._is_town(i, country) for i in ids):
            ids += [i for variant in particled for i in self._data.index.get(variant, [])]
        if not ids and key.endswith(_CITY_SUFFIX):  # 'Idleb city' is the town, never its governorate
            ids = self._cities(key.removesuffix(_CITY_SUFFIX))
        if not ids and key.endswith("s"):  # 'Sudans capital', 'Khartoums streets': an apostrophe lost
            ids = self._possessed(key.removesuffix("s"))
        numbered = without_number(key) if not ids else None
        if numbered:  # 'Zolote-4' is a quarter of Zolote
            ids = [i for i in self._data.index.get(numbered, []) if self._data.rows[i][1] == "city"]
        return ids

    def _is_town(self, row_id: int, country: str | None) -> bool:
        """Whether a row is a town, of `country` where one is asked for."""
        _, kind, iso3, *_ = self._data.rows[row_id]
        return kind == "city" and country in (None, iso3)

    def _possessed(self, key: str) -> list[int]:
        """Rows of the countries, first-level regions and cities of MIN_POSSESSED_CITY people indexed under
        `key`: a possessive written without its apostrophe, as coders' notes often are ('South Sudans
        capital'), names one of them; a small town's name plus an 's' is too often another town's."""
        return [
            i
            for i in self._data.index.get(key, [])
            if self._data.rows[i][1] in ("country", "admin1")
            or (self._data.rows[i][1] == "city" and self._data.rows[i][6] >= MIN_POSSESSED_CITY)
        ]

    def _cities(self, key: str) -> list[int]:
        """Rows of towns indexed under `key` or its other spellings, else of the towns regions of that
        name are named after ('Idleb' -> Idlib)."""
        ids = [*self._data.index.get(key, [])]
        for variant in spelled_variants(key):
            ids += self._data.index.get(variant, [])
        cities = [i for i in ids if self._data.rows[i][1] == "city"]
        named = [self._data.namesakes.get(i) for i in ids if self._data.rows[i][1] == "admin1"]
        return cities or [i for i in named if i is not None]

    def regions_named(self, name: str, countries: set[str]) -> list[GeoEntry]:
        """The admin1 regions of `countries` called exactly `name`, compass words too ('Central', which
        the index leaves out as a word of direction anywhere)."""
        if self._regions_by_name is None:
            self._regions_by_name = {}
            for i, row in enumerate(self._data.rows):
                if row[1] == "admin1":
                    self._regions_by_name.setdefault((row[2], name_key(row[0])), []).append(i)
        key = name_key(name)
        ids = [i for country in sorted(countries) for i in self._regions_by_name.get((country, key), [])]
        return [_entry(self._data.rows[i]) for i in ids]

    def fuzzy(
        self, name: str, *, country: str | None = None, cutoff: float = 0.75, limit: int = 10
    ) -> list[GeoEntry]:
        """Entries whose names are spelled like `name` (difflib ratio >= cutoff), closest first."""
        key = name_key(name)
        if not key:
            return []
        keys = [k for k in self._data.index if k[:1] == key[:1] and abs(len(k) - len(key)) <= 3]
        close = difflib.get_close_matches(key, keys, n=limit * 3, cutoff=cutoff)
        found: list[GeoEntry] = []
        for match in close:
            found += [e for e in self.lookup(match) if country is None or e.country == country]
        return found[:limit]

    def fuzzy_region(self, name: str, country: str, cutoff: float) -> list[GeoEntry]:
        """The country's admin1 regions spelled like `name` (difflib ratio >= cutoff), closest first."""
        key = name_key(name)
        close = self._close_keys("admin1", country, key, cutoff, self._region_keys.get(country, ()))
        return list(dict.fromkeys(e for m in close for e in self.lookup(m, kind="admin1", country=country)))

    def fuzzy_district(self, name: str, country: str, cutoff: float) -> list[GeoEntry]:
        """The country's districts (admin2) spelled like `name` (difflib ratio >= cutoff), closest first."""
        if self._district_keys is None:
            self._district_keys = _region_keys(self._data, "admin2")
        key = name_key(name)
        close = self._close_keys("admin2", country, key, cutoff, self._district_keys.get(country, ()))
        return list(dict.fromkeys(e for m in close for e in self.lookup(m, kind="admin2", country=country)))

    def _close_keys(
        self, level: str, country: str, key: str, cutoff: float, keys: Sequence[str]
    ) -> list[str]:
        """The five keys of the level's names in the country closest to `key` (difflib ratio >= cutoff),
        worked out once per key: a cache, not state (the names never change)."""
        if not key:
            return []
        memo = (level, country, key, cutoff)
        if memo not in self._close:
            if len(self._close) >= CLOSE_MEMO_SIZE:  # a corpus-long run names endless misspellings
                self._close.clear()
            self._close[memo] = tuple(difflib.get_close_matches(key, keys, n=5, cutoff=cutoff))
        return list(self._close[memo])  # a copy: what a caller does with it never reaches the memo

    def fuzzy_town(self, name: str, country: str, regions: set[str | None], cutoff: float) -> list[GeoEntry]:
        """Towns of the given admin1 regions spelled like `name` ('Quamishli' ~ 'Al Qamishli'), closest
        first: a town's spelling varies, but a chain that names its region narrows the search to it."""
        key = name_key(name)
        # regions in a fixed order: a name two of them share is the same town on every worker, whatever
        # order the set iterates in under the process's hash seed
        ordered = sorted(regions, key=lambda region: region or "")
        towns = {k: e for region in ordered for k, e in self._towns_in(country, region).items()}
        close = difflib.get_close_matches(key, list(towns), n=3, cutoff=cutoff) if key else []
        return [towns[match] for match in close]

    def _towns_in(self, country: str, region: str | None) -> dict[str, GeoEntry]:
        """The towns of one admin1 region by name key (the biggest of each name), kept once built."""
        if self._towns is None:
            self._towns = {}
            for i, row in enumerate(self._data.rows):
                if row[1] == "city":
                    self._towns.setdefault((row[2], row[3]), []).append(i)
        if (country, region) in self._region_towns:
            return self._region_towns[(country, region)]
        found: dict[str, GeoEntry] = {}
        for i in self._towns.get((country, region), []):
            entry = _entry(self._data.rows[i])
            key = name_key(entry.name)
            if key not in found or found[key].population < entry.population:
                found[key] = entry
        self._region_towns[(country, region)] = found
        return found

    def towns_within(self, place: Place, km: float) -> list[GeoEntry]:
        """The towns of the place's country (the biggest of each name in each region) within `km` of it."""
        if place.lat is None or place.lon is None:
            return []
        self._towns_in(place.country, place.admin1)  # builds the town index on first use
        regions = [region for (country, region) in self._towns or {} if country == place.country]
        near = (e for region in regions for e in self._towns_in(place.country, region).values())
        return [
            e
            for e in near
            if e.lat is not None
            and e.lon is not None
            and distance_km(place.lat, place.lon, e.lat, e.lon) <= km
        ]

    def country(self, code_or_name: str) -> GeoEntry | None:
        """A country by ISO alpha-3, alpha-2, name, short name or demonym ("Kyrgyz" -> Kyrgyzstan)."""
        text = code_or_name.strip()
        if len(text) == 3 and text.isupper() and text in self._data.countries:
            return _entry(self._data.rows[self._data.countries[text]])
        iso3 = self.demonym(text)
        if iso3 is None:
            named = self.lookup(text, kind="country")
            iso3 = named[0].country if named else self._alpha2(text)
        return _entry(self._data.rows[self._data.countries[iso3]]) if iso3 else None

    def _alpha2(self, text: str) -> str | None:
        """The alpha-3 of an upper-case alpha-2 code, if it is one."""
        if len(text) != 2 or not text.isupper():
            return None
        for iso3, row_id in self._data.countries.items():
            if self._data.rows[row_id][2] == iso3 and _alpha2_of(iso3) == text:
                return iso3
        return None

    def demonym(self, text: str) -> str | None:
        """The alpha-3 of the country a demonym or adjective names ("Russian" -> "RUS"), else None."""
        return self._data.demonyms.get(name_key(text))

    def abbreviation(self, text: str) -> GeoEntry | None:
        """The region an abbreviation stands for, spelled exactly ('Wash.', 'N.C.', 'WA'), else None."""
        row_id = self._data.abbreviations.get(text.strip().rstrip(",-").strip())
        return _entry(self._data.rows[row_id]) if row_id is not None else None

    def abbreviations(self, text: str) -> list[GeoEntry]:
        """Every region an abbreviation may stand for ('TN': Tennessee, Tamil Nadu), American first."""
        written = text.strip().rstrip(",-").strip()
        ids = [self._data.abbreviations[written]] if written in self._data.abbreviations else []
        ids += self._data.more_abbreviations.get(written, [])
        return [_entry(self._data.rows[i]) for i in ids]

    def capital(self, country: str) -> GeoEntry | None:
        """The capital city of a country (alpha-3), if our table names one found in the city list."""
        row_id = self._data.capitals.get(country)
        return _entry(self._data.rows[row_id]) if row_id is not None else None

    def town_of(self, place: Place) -> Place:
        """The much larger town a small place lies in or beside ('East Flatbush' -> Brooklyn), else itself."""
        if place.precision != "city" or place.lat is None or place.lon is None:
            return place
        for row_id in self._data.index.get(name_key(place.name), []):
            row = self._data.rows[row_id]
            if row[2] == place.country and row[4:6] == (place.lat, place.lon) and row_id in self._data.towns:
                return _entry(self._data.rows[self._data.towns[row_id]]).to_place()
        return place

    def population(self, place: Place) -> int | None:
        """The people of the place's own entry: of the entries of its name and country, those at its point
        (a point names one entry, whatever its kind), or for a place without one the towns of its state;
        the biggest where several match, None where none does."""
        if place.lat is not None and place.lon is not None:
            same = [
                e
                for e in self.lookup(place.name, country=place.country)
                if (e.lat, e.lon) == (place.lat, place.lon)
            ]
        else:
            towns = self.lookup(place.name, kind="city", country=place.country)
            same = [e for e in towns if e.admin1 == place.admin1]
        return max((e.population for e in same), default=None)

    def city_of_region(self, place: Place) -> Place:
        """The city a first-level region all but is ('District of Columbia' is Washington, 'Distrito
        Capital' Caracas), else the place itself (`region_city`)."""
        if place.precision != "admin1" or place.name != place.admin1:
            return place
        regions = self.lookup(place.name, kind="admin1", country=place.country)
        town = self.region_city(regions[0]) if regions else None
        return town.to_place() if town is not None else place

    def region_city(self, region: GeoEntry) -> GeoEntry | None:
        """The namesake town of a first-level region where it holds CITY_REGION_SHARE of the region's
        people; None for a province around its main town ('Aleppo', 'Idleb') and for anything else."""
        if region.kind != "admin1":
            return None
        towns = self.lookup(f"{region.name}{_CITY_SUFFIX}", kind="city", country=region.country)
        town = towns[0] if towns and towns[0].admin1 == region.admin1 else None
        return town if town is not None and town.population >= CITY_REGION_SHARE * region.population else None

    def seat(self, region: Place) -> GeoEntry | None:
        """The town a first-level region is governed from, as far as the lists tell: the town it is
        named after ('Hajjah'; 'Baalbek' for Baalbek-Hermel), else its biggest town ('Mukalla' for
        Hadramawt), or the capital `geo/region_capitals.py` names where that is neither (Bentiu for
        Unity); None where it has none."""
        names = (region_capital(region.country, region.admin1), region.name, _COMPOUND.split(region.name)[0])
        for name in dict.fromkeys(n for n in names if n):
            named = self.lookup(f"{name}{_CITY_SUFFIX}", kind="city", country=region.country)
            named = [e for e in named if e.admin1 == region.admin1]
            if named:
                return named[0]
        towns = self._towns_in(region.country, region.admin1).values()
        return max(towns, key=lambda e: (e.population, e.name), default=None)

    def countries(self) -> list[str]:
        """Every country's alpha-3 code."""
        return sorted(self._data.countries)


def _of_kind(
    readings: list[GeoEntry], key: str, kind: PlaceKind | None, country: str | None, preferred: str | None
) -> list[GeoEntry]:
    """The entries of the kind and country asked for; a name written with a region's type word answers
    regions only (`preferred`, the level the word names), and one written as a city's side or a body's
    ('Kabul city police') no town."""
    kinds: frozenset[str] | None = frozenset({kind}) if kind else None
    if has_region_type(key):
        kinds = kinds or _REGION_KINDS
    # a city of a region's people (a former province kept at its capital) answers a region's word:
    # 'the Nyanza region' is Kenya's old province, not Rwanda's district of Nyanza
    return [
        e
        for e in readings
        if (
            kinds is None
            or e.kind in kinds
            or (kind is None and preferred == "admin1" and is_province(e, readings))
        )
        and (country is None or e.country == country)
        and not (e.kind == "city" and (city_side(key) or body_word(key)))
    ]


def _preferred_first(entries: list[GeoEntry], key: str, preferred: str | None) -> list[GeoEntry]:
    """Entries of the preferred level first, then those whose own name is the key, then the biggest."""
    # a unit called by its type word is one whose name carries it: nobody writes 'Geneva County' for
    # the canton, whatever its size; a bare name ('Kiambu County', listed as 'Kiambu') still answers
    typed = preferred is not None
    return sorted(
        entries,
        key=lambda e: (
            e.kind != preferred,
            typed and name_key(e.name) != key,
            -e.population,
            _KIND_ORDER[e.kind],
            e.name,
        ),
    )


def _region_keys(data: GazetteerData, kind: PlaceKind = "admin1") -> dict[str, tuple[str, ...]]:
    """Every name key of every region of the kind (admin1 or admin2), by country."""
    keys: dict[str, list[str]] = {}
    for key, ids in data.index.items():
        for country in {data.rows[i][2] for i in ids if data.rows[i][1] == kind}:
            keys.setdefault(country, []).append(key)
    return {country: tuple(sorted(names)) for country, names in keys.items()}


def _alpha2_of(iso3: str) -> str | None:
    """pycountry's alpha-2 for an alpha-3 code."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return found.alpha_2 if found else None
