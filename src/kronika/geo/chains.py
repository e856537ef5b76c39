"""Nested place names written together ('Paletwa Township (Mindat District, Rakhine)', 'Rawson, Chubut',
'Ara in As-Sweida province'), found by pattern and resolved as one place, most specific first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key

# Lower-case particles inside place names: 'San Jose del Monte', 'Jabal al Kirsh', 'Qala i Naw'.
_PARTICLE = (
    r"(?:al|el|de|del|de la|la|las|los|le|as|ad|ar|an|az|ash|at|ez|es|i|of|da|do|dos|das|di|du|von|upon)"
)
_WORD = r"(?:(?:[A-Z]\.)+(?:[A-Z][a-z]{1,3}\.)?|[A-Z][\w'’\-]*\.?)"  # 'N.C.' and 'W.Va.' too
_NAME = re.compile(rf"{_WORD}(?:[ \-](?:{_PARTICLE}[ \-])*{_WORD})*")
# What may stand between two names of one chain: a comma, a bracket, 'in', 'of', with a type word before.
_TYPE = (
    r"(?:province|state|region|governorate|district|township|county|municipality|village|town|city|area"
    r"|sector|subdistrict|regency|locality|department|division|prefecture|commune|neighbourhood"
    r"|neighborhood|countryside|suburb|camp|lga|parish|oblast|raion|tehsil|zone|woreda|kebele|circle)"
)
_JOIN = re.compile(
    rf"^(?:\s+{_TYPE})?(?:\s*,\s*|\s*\(\s*|\s*\)\s*,?\s*|,?\s+(?:in|of|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?)$",
    re.IGNORECASE,
)
# Type words written inside the name ('Mindat District'); those after which the name is a first-level region.
TYPE_WORDS = frozenset(_TYPE[3:-1].split("|")) | {"lga", "barangay"}
COUNTY_TYPES = frozenset({"county", "co", "parish", "township"})
ADMIN1_TYPES = frozenset({"province", "state", "region", "governorate", "department", "prefecture", "oblast"})
_LEADING = frozenset(
    {"barangay", "village", "town", "city", "central", "northern", "southern", "eastern", "western",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown"}
)  # fmt: skip
_NOT_PLACES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "on", "in", "at", "the", "as", "police", "security", "movement", "unknown", "unidentified"}
)  # fmt: skip
# An agency after a town ends the place name: 'Hopewell Police Chief', 'Kern County Sheriff's Office'.
_AGENCY = re.compile(r"[ \-](?:Police|Sheriff|Sheriff's|Sheriff’s|Fire|Marshal)\b")
LOCATIVE = frozenset({"in", "at", "near", "outside", "of", "inside", "around"})
MIN_LONE_CITY = 20_000  # a chain whose names do not confirm each other needs a town this big


@dataclass(frozen=True)
class ChainName:
    """One name of a chain: its text as written, without type words, and what its type word made it."""

    start: int
    end: int
    text: str
    admin1_hint: bool
    county: bool = False  # 'Pierce County': a county, never the town of that name


@dataclass(frozen=True)
class Chain:
    """Names written together, most specific first ('Rawson', 'Chubut')."""

    start: int
    end: int
    names: tuple[ChainName, ...]


@dataclass(frozen=True)
class ChainPlace:
    """A chain resolved: the entry, and how many of its names agree on the country."""

    chain: Chain
    entry: GeoEntry
    support: int


def find_chains(text: str, offset: int = 0) -> list[Chain]:
    """Every run of place-like names in `text` joined by commas, brackets or 'in' (offsets + `offset`)."""
    names = [n for n in (_chain_name(m, offset) for m in _NAME.finditer(text)) if n is not None]
    chains: list[list[ChainName]] = []
    for name in names:
        if chains and _JOIN.match(text[chains[-1][-1].end - offset : name.start - offset]):
            chains[-1].append(name)
        else:
            chains.append([name])
    return [Chain(c[0].start, c[-1].end, tuple(c)) for c in chains]


def _chain_name(match: re.Match[str], offset: int) -> ChainName | None:
    """A name match without its type words, or None for month names and other capitalised non-places."""
    written = match.group()
    agency = _AGENCY.search(written)
    written = written[: agency.start()] if agency else written
    words = written.split()
    admin1 = county = False
    while len(words) > 1 and words[-1].lower().strip(".") in TYPE_WORDS:
        admin1 = admin1 or words[-1].lower() in ADMIN1_TYPES
        county = county or words[-1].lower() in COUNTY_TYPES
        words.pop()
    end = match.start() + len(written)
    after = match.string[end : end + 16].lower().split()
    admin1 = admin1 or bool(after and after[0].strip(",.)") in ADMIN1_TYPES)
    text = " ".join(words)
    if name_key(text) in _NOT_PLACES or len(text) < 2 or (len(text) == 2 and not text.isupper()):
        return None
    return ChainName(match.start() + offset, end + offset, text, admin1, county)


def candidates(gazetteer: Gazetteer, name: ChainName, position: int = 0) -> list[GeoEntry]:
    """Gazetteer entries a chain name may mean; a region-typed name only means regions (or its country).

    After a town, an abbreviation names its region ('Tacoma, Wash.'); first in a chain it is not read so.
    """
    region = gazetteer.abbreviation(name.text) if position > 0 else None
    if region is not None:
        return [region]
    found = _lookup(gazetteer, name.text)
    words = name.text.split()
    if not found and len(words) > 1 and words[0].lower() in _LEADING:
        found = _lookup(gazetteer, " ".join(words[1:]))
    if name.admin1_hint or name.county:
        found = [e for e in found if e.kind != "city"]
    return found


def _lookup(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """Entries with coordinates for a name."""
    return [e for e in gazetteer.lookup(text) if e.lat is not None]


def resolve_chain(
    gazetteer: Gazetteer, chain: Chain, focus: str | None, hinted: frozenset[str] = frozenset()
) -> ChainPlace | None:
    """The most specific place of a chain that agrees with the rest of it.

    The country is the one most names can be read in (the focus country breaks ties); regions named
    later in the chain then pick among same-named towns; a town lying in another region is passed over.
    `hinted`: regions the article names elsewhere, preferred among same-named towns when the chain names none.
    """
    options = [candidates(gazetteer, n, i) for i, n in enumerate(chain.names)]
    country, support = _chain_country(options, focus)
    if country is None:
        return None
    regions = {
        e.admin1 for group in options[1:] for e in group if e.country == country and e.kind == "admin1"
    }
    picks = [_pick(_local(group, country, i), regions, hinted) for i, group in enumerate(options)]
    specific = [e for e in picks if e is not None and e.kind != "country"]
    entry = specific[0] if specific else next((e for e in picks if e is not None), None)
    if entry is None or not (support > 1 or country == focus or _strong(entry, chain)):
        return None
    return ChainPlace(chain, entry, support)


def _local(group: list[GeoEntry], country: str, position: int) -> list[GeoEntry]:
    """A name's readings in the chain's country; a container named after the first name is its region."""
    local = [e for e in group if e.country == country]
    if position > 0 and any(e.kind == "admin1" for e in local):
        local = [e for e in local if e.kind != "city"]
    return local


def _chain_country(options: list[list[GeoEntry]], focus: str | None) -> tuple[str | None, int]:
    """The country most names of a chain can be read in, with how many names agree."""
    support: dict[str, int] = {}
    weight: dict[str, int] = {}
    for group in options:
        for country in {e.country for e in group}:
            support[country] = support.get(country, 0) + 1
            weight[country] = max(
                weight.get(country, 0), *(e.population for e in group if e.country == country)
            )
    if not support:
        return None, 0
    best = max(support, key=lambda c: (support[c], c == focus, weight[c]))
    return best, support[best]


def _pick(local: list[GeoEntry], regions: set[str | None], hinted: frozenset[str]) -> GeoEntry | None:
    """A town in one of the named regions (the biggest), else a named region, else the biggest town
    (one in a hinted region if there is one)."""
    cities = [e for e in local if e.kind == "city"]
    if regions:
        cities = [e for e in cities if e.admin1 in regions]
    elif any(e.admin1 in hinted for e in cities):
        cities = [e for e in cities if e.admin1 in hinted]
    if cities:
        return max(cities, key=lambda e: e.population)
    admin1 = [e for e in local if e.kind == "admin1"]
    if admin1:
        return max(admin1, key=lambda e: e.population)
    countries = [e for e in local if e.kind == "country"]
    return countries[0] if countries else None


def _strong(entry: GeoEntry, chain: Chain) -> bool:
    """Whether an entry is safe to take on its own: a country, a region called one, or a sizeable town."""
    if entry.kind == "admin1":
        return any(n.admin1_hint for n in chain.names)
    return entry.kind == "country" or entry.population >= MIN_LONE_CITY


def _trusted(place: ChainPlace, text: str, offset: int, focus: str | None) -> bool:
    """A chain of one name must sit after 'in', 'at' or 'near' ('Joshua Hurst' is a man, not Hurst, Texas)
    and, where the article's country is known, lie in it ('David' is not the town in Panama)."""
    if place.support > 1:
        return True
    before = text[: place.chain.start - offset].split()[-1:]
    located = bool(before) and before[0].lower() in LOCATIVE
    if place.entry.kind == "admin1" and any(n.admin1_hint for n in place.chain.names):
        return True  # 'Kaduna State' is a region wherever it is written
    return located and (focus is None or place.entry.country == focus)


def best_chain(
    gazetteer: Gazetteer, text: str, offset: int, focus: str | None, hinted: frozenset[str] = frozenset()
) -> ChainPlace | None:
    """The chain of `text` most likely to be a place: names confirming each other, then the earliest."""
    found = [resolve_chain(gazetteer, c, focus, hinted) for c in find_chains(text, offset)]
    places = [p for p in found if p is not None and _trusted(p, text, offset, focus)]
    return max(places, key=lambda p: (min(p.support, 2), -p.chain.start), default=None)
