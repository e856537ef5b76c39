"""Our own list of towns (`data/listed_towns.tsv`): those the registry lists lack or spell otherwise.

The registry lists know few places in some conflict countries (South Sudan's county towns, Somalia's
district seats), and spell others otherwise than coders' notes do ('Bulo Burto' for Buulobarde,
'Baydhaba' for Baidoa). A line names a town, its other spellings, its region as the index shows it and
its point. Where the country already lists the town under one of the line's names, the line's names
index that town, filed under the line's region; otherwise the line adds the town.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry

TABLE = "data/listed_towns.tsv"
SAME_TOWN_KM = 30.0  # a listed town of a line's name this near its point is the line's town
# A listed town is one conflict reports name, so it is read as a town of some size: its name alone tells
# the country of a note that names none (geo/lone_towns.py), and a word spaCy did not tag as a place
# reads as it in that country (geo/resolve.py); a bigger town of the name abroad still outranks it.
POPULATION = 10_000
# A town line with this many people is a former province kept at its capital ('Nyanza', Kenya's until
# 2013): named with a region's type word ('the Nyanza region') it is still that province.
PROVINCE = 1_000_000
# A namesake abroad smaller than this (or of no known size) leaves a town's country plain: a hamlet
# of the name in Iran does not make Darfur's Hamidiya camp a name of two countries.
MIN_RIVAL_TOWN = 1_000


def is_province(entry: GeoEntry, readings: list[GeoEntry]) -> bool:
    """Whether a town reading stands for a whole region among a name's `readings`: a former province at
    its capital (Nyanza), or a city of a region's people, where no first-level region bears the name
    ('Kaduna State' is the state, not its city)."""
    return (
        entry.kind == "city"
        and entry.population >= PROVINCE
        and not any(e.kind == "admin1" for e in readings)
    )


def counts_as_rival(entry: GeoEntry) -> bool:
    """Whether a reading of a name makes it a name of that country too: a region or district, or a town
    of MIN_RIVAL_TOWN people."""
    return entry.kind != "city" or entry.population >= MIN_RIVAL_TOWN


@dataclass(frozen=True)
class ListedTown:
    """One line of a town table (this one, or `data/front_villages.tsv`)."""

    iso3: str
    names: tuple[str, ...]  # the name shown first, then other spellings
    admin1: str
    lat: float
    lon: float
    # a former province written as a place ('Nyanza', Kenya's until 2013) spans millions: its people, read
    # as its size, keep a small town of its name abroad from outranking it; a plain town is POPULATION
    population: int = POPULATION

    @property
    def keys(self) -> set[str]:
        """The index keys of all its names."""
        return {name_key(n) for n in self.names} - {""}

    def to_place(self) -> Place:
        """The contract's place for the town, under its first name."""
        return Place(self.names[0], self.iso3, self.admin1, self.lat, self.lon, "city")


def read_listed_towns(text: str | None = None, table: str = TABLE) -> list[ListedTown]:
    """A town table's towns (`text` stands in for the shipped `table` in tests); columns: country,
    ;-separated names (the one shown first), region, latitude, longitude, and optionally its people."""
    if text is None:
        text = resources.files("kronika").joinpath(table).read_text(encoding="utf-8")
    towns = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, names, admin1, lat, lon, *rest = line.split("\t")
        spellings = tuple(n.strip() for n in names.split(";") if n.strip())
        people = int(rest[0]) if rest and rest[0].strip() else POPULATION
        towns.append(ListedTown(iso3.strip(), spellings, admin1.strip(), float(lat), float(lon), people))
    return towns


def add_listed_towns(data: GazetteerData, city_rows: dict[str, list[int]]) -> None:
    """Index the table's towns: more names for a town the country lists already, else a new town."""
    added: set[int] = set()  # the rows of towns the table itself adds
    for town in read_listed_towns():
        listed = _listed_row(data, town, added)
        if listed is not None:
            name, kind, iso3, _, lat, lon, people = data.rows[listed]
            # the lists file some towns by a region border under the neighbour (Mehoni, Tigray's, under
            # Afar): the line's region is the town's; a line giving more people than the lists (Bor, a
            # state capital the lists count small) gives the town its size
            people = max(people, town.population) if town.population > POPULATION else people
            data.rows[listed] = (name, kind, iso3, town.admin1, lat, lon, people)
            for key in town.keys:
                if listed not in data.index.setdefault(key, []):
                    data.index[key].append(listed)
            continue
        row = (town.names[0], "city", town.iso3, town.admin1, town.lat, town.lon, town.population)
        added.add(row_id := data.add(row, town.keys))
        city_rows.setdefault(town.iso3, []).append(row_id)


def _listed_row(data: GazetteerData, town: ListedTown, added: set[int]) -> int | None:
    """The row of the country's town indexed under one of the line's names near the line's point, if any
    (another town of that name further off is a namesake). A town an earlier line of the table adds is
    the line's own only in the line's region: two lines of one name in two regions are two places, each
    region's 'Nameless Hills' at its coders' point, though 14-21 km apart."""
    for key in sorted(town.keys):
        for i in data.index.get(key, []):
            _, kind, iso3, admin1, lat, lon, _ = data.rows[i]
            listed = kind == "city" and iso3 == town.iso3 and lat is not None and lon is not None
            listed = listed and (i not in added or admin1 == town.admin1)
            if listed and distance_km(lat or 0.0, lon or 0.0, town.lat, town.lon) <= SAME_TOWN_KM:
                return i
    return None


@lru_cache(maxsize=1)
def _listed_keys() -> dict[str, frozenset[str]]:
    """Every key of the table's names -> the countries of the lines that give it."""
    keys: dict[str, set[str]] = {}
    for town in read_listed_towns():
        for key in town.keys:
            keys.setdefault(key, set()).add(town.iso3)
    return {key: frozenset(countries) for key, countries in keys.items()}


def listed_countries(name: str) -> frozenset[str]:
    """The countries whose lines in the table give `name`."""
    return _listed_keys().get(name_key(name), frozenset())


def listed_town_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The one country whose listed towns a note's capitalised words name ('blocked the Halba-Qoubaiyat
    road'), where spaCy tagged none of them as a place; each name must read as a place of that country
    alone, hamlets abroad aside (`counts_as_rival`). None where the names point to several countries or
    none."""
    keys = _listed_keys()
    found: set[str] = set()
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title:
            continue
        for span in (doc[token.i : token.i + 1], doc[token.i : token.i + 2]):
            key = name_key(span.text)
            countries = keys.get(key)
            rivals = {e.country for e in gazetteer.lookup(key) if counts_as_rival(e)}
            if countries and len(countries) == 1 and rivals == countries:
                found |= countries
    return next(iter(found)) if len(found) == 1 else None
