"""Neighbourhoods of big cities whose names are also towns elsewhere: 'the Englewood neighborhood', in a
story that names no town of its own, is Chicago's, not the town in Colorado; 'shot in Germantown' in a
story that names Philadelphia is Philadelphia's, not the town in Maryland."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Article, Place
from kronika.tables import shipped_text, table_rows

TABLE = "data/city_parts.tsv"
STATES = "data/us_states.tsv"
# a listed neighbourhood the gazetteer also holds as a town of its city's own state, this close to the
# city's point, is that neighbourhood ('Dorchester', Massachusetts, is Boston's); a farther one is a town
PART_KM = 25.0
# up to four capitalised words written before 'neighborhood' or 'section': 'the North Lawndale
# neighborhood', 'the city's East Germantown section' (a city's part, as Philadelphia's papers write them)
_WRITTEN = re.compile(r"((?:[A-Z][\w'’]*\s+(?:of\s+the\s+)?){1,4})(?:neighbou?rhood|section)\b")


@dataclass(frozen=True)
class CityPart:
    """One line of the table: a neighbourhood and the city (with its region) it lies in."""

    city: str
    admin1: str
    name: str


@dataclass(frozen=True)
class WrittenParts:
    """The listed neighbourhoods an article writes as such, as name keys, the longest first; those whose
    city it writes by name (`of_named`, name keys), and the American states it writes (`states`)."""

    keys: tuple[str, ...]
    of_named: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()


def read_city_parts(text: str | None = None) -> tuple[CityPart, ...]:
    """The table's lines (`text` stands in for the shipped table in tests); columns: city, region,
    neighbourhood."""
    rows = table_rows(shipped_text(TABLE) if text is None else text)
    return tuple(CityPart(city.strip(), admin1.strip(), name.strip()) for city, admin1, name in rows)


@cache
def _part_of() -> dict[str, CityPart]:
    """Every listed neighbourhood's name key -> its line (read once: the table never changes)."""
    return {name_key(part.name): part for part in read_city_parts()}


def listed_part(name: str) -> bool:
    """Whether the table lists a big city's neighbourhood by this name ('Roxbury' is Boston's)."""
    return name_key(name) in _part_of()


@lru_cache(maxsize=16)
def parts_written(article: Article) -> WrittenParts:
    """The listed neighbourhoods the article's headline or text writes before 'neighborhood' (each run
    of the capitalised words there that names one: 'the North Lawndale neighborhood' gives 'North
    Lawndale' and 'Lawndale'). Read once per article: every event of it asks the same."""
    text = f"{article.title or ''}\n{article.text}"
    runs = {
        name_key(" ".join(words[start:]))
        for words in (match.group(1).split() for match in _WRITTEN.finditer(text))
        for start in range(len(words))
    }
    keys = tuple(sorted(runs & _part_of().keys(), key=lambda key: (-len(key), key)))
    return WrittenParts(keys, _of_named(text), states_written(text))


def _of_named(text: str) -> frozenset[str]:
    """The listed neighbourhoods whose city the text writes by name, as name keys."""
    cities = {part.city for part in _part_of().values()}
    named = {city for city in cities if _written(city, text)}
    return frozenset(key for key, part in _part_of().items() if part.city in named)


def _written(name: str, text: str) -> bool:
    """Whether the text writes the name as a word of its own."""
    return _word_pattern(name).search(text) is not None


# Compiled once here: re's own cache of patterns, shared with every place name matched elsewhere, holds
# too few to keep these between articles, and recompiling them took more time than the searches.
@lru_cache(maxsize=1024)
def _word_pattern(name: str) -> re.Pattern[str]:
    """The name as a word of its own."""
    return re.compile(rf"\b{re.escape(name)}\b")


# A state's name written as the first word of a county's or a town's ('Washington County', 'Kansas
# City', 'Iowa City') or as the end of another state's ('West Virginia') writes no state.
_NOT_UNIT = r"(?!\s+(?:County|Parish|City)\b)"
_NOT_WEST = r"(?<!West )"


@cache
def _state_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each state with one pattern for its name written out or any of its abbreviations after a comma."""
    return tuple(
        (
            state,
            re.compile(
                "|".join(
                    [
                        rf"{_NOT_WEST}\b{re.escape(state)}\b{_NOT_UNIT}",
                        *(rf",\s*{re.escape(a)}(?!\w)" for a in abbrs),
                    ]
                )
            ),
        )
        for state, abbrs in _states().items()
    )


def states_written(text: str) -> frozenset[str]:
    """The American states the text writes out in full, or abbreviated after a comma ('Knoxville, Tenn.',
    'Roxbury, WI'); not a county or town named after one ('Washington County', 'Kansas City')."""
    return frozenset(state for state, pattern in _state_patterns() if pattern.search(text))


@cache
def _states() -> dict[str, tuple[str, ...]]:
    """Each American state's full name -> its postal code and AP abbreviations (read once)."""
    rows = table_rows(shipped_text(STATES))
    return {row[0]: tuple(a for a in (row[1], *"".join(row[2:]).split(";")) if a) for row in rows}


def city_of_part(place: Place, parts: WrittenParts, gazetteer: Gazetteer) -> Place:
    """The big city whose neighbourhood the article names ('the North Lawndale neighborhood': Chicago)
    where the place read is the town of that name, or of its last word, elsewhere (abroad too); the city
    too where the place read is a listed neighbourhood's own town inside the city ('Dorchester',
    Massachusetts, is Boston's), named or not; else the place. The whole article is read, as a story
    names the neighbourhood once and its town by the name alone."""
    # a town abroad too: page noise can turn a local story's country ('Chatham', England), but a name
    # written as a neighbourhood and listed as a big city's is that city's, wherever else it is a town
    if place.precision != "city":
        return place
    for key in parts.keys:
        part = _part_of()[key]
        if key.endswith(name_key(place.name)) and part.city != place.name:
            return _city(gazetteer, part) or place
    named = _part_of().get(name_key(place.name))
    if named is None:
        return place
    city = _city(gazetteer, named)
    if city is None:
        return place
    if name_key(place.name) in parts.of_named:
        return city if _stands_for_part(place, city, parts) else place
    # the city unnamed: only the quarter itself, the town the lists hold inside the city, is the city
    # ('three shot in Dorchester' on a Boston page that never writes Boston); a town of the name
    # elsewhere (Germantown, Maryland; Whitehaven, England) may be what the story is about
    return city if _inside(place, city) else place


def _inside(place: Place, city: Place) -> bool:
    """Whether a town of the city's own state, not the city, lies within PART_KM of the city's point."""
    if place.name == city.name or (place.country, place.admin1) != (city.country, city.admin1):
        return False
    if place.lat is None or place.lon is None or city.lat is None or city.lon is None:
        return False
    return distance_km(place.lat, place.lon, city.lat, city.lon) <= PART_KM


def _stands_for_part(place: Place, city: Place, parts: WrittenParts) -> bool:
    """Whether a town read under a listed neighbourhood's name, in a story naming the neighbourhood's
    city, is that neighbourhood: a town abroad ('Whitehaven', England, beside Memphis: a lone name can
    turn a local story's country), a town of another state the story never writes out ('Germantown',
    Maryland, beside Philadelphia), or one of the city's own state that lies inside the city
    ('Dorchester' beside Boston). A state written out keeps its town ('Austin, Texas')."""
    if place.name == city.name:
        return False
    if place.country != city.country:
        return True
    if place.admin1 != city.admin1:
        return place.admin1 not in parts.states
    return _inside(place, city)


def city_written(parts: WrittenParts, gazetteer: Gazetteer) -> Place | None:
    """The big city a story names only by its neighbourhoods ('in the city's Park Manor neighborhood'):
    the one city whose neighbourhoods the article writes as such; None where it writes none, or two
    cities'."""
    cities = {(_part_of()[key].city, _part_of()[key].admin1) for key in parts.keys}
    return _city(gazetteer, _part_of()[parts.keys[0]]) if len(cities) == 1 else None


def _city(gazetteer: Gazetteer, part: CityPart) -> Place | None:
    """The listed city the neighbourhood lies in, as a place."""
    towns = [e for e in gazetteer.lookup(part.city, kind="city", country="USA") if e.admin1 == part.admin1]
    return towns[0].to_place() if towns else None
