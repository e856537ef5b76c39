"""Neighbourhoods of big cities whose names are also towns elsewhere: 'the Englewood neighborhood', in a
story that names no town of its own, is Chicago's, not the town in Colorado."""

from __future__ import annotations

import re
from typing import Final

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.model import Place

# Chicago's community areas and best-known neighbourhoods (local news heads its shootings with them and
# often never writes 'Chicago'), where a town elsewhere shares the name or its last word. Only names no
# other big city's neighbourhood is commonly called by.
_CITY_PARTS: Final = {
    ("Chicago", "Illinois"): frozenset(
        {"Albany Park", "Archer Heights", "Armour Square", "Auburn Gresham", "Austin", "Avalon Park",
         "Back of the Yards", "Belmont Cragin", "Brighton Park", "Bridgeport", "Bronzeville", "Burnside",
         "Calumet Heights", "Canaryville", "Chatham", "Chicago Lawn", "East Garfield Park", "Englewood",
         "Gage Park", "Garfield Park", "Garfield Ridge", "Grand Crossing", "Greater Grand Crossing",
         "Gresham", "Hegewisch", "Humboldt Park", "Lawndale", "Little Village", "Logan Square",
         "Marquette Park", "McKinley Park", "Morgan Park", "Mount Greenwood", "New City", "North Austin",
         "North Lawndale", "Park Manor", "Pilsen", "Portage Park", "Roseland", "South Austin",
         "South Chicago", "South Deering", "South Lawndale", "South Shore", "West Englewood",
         "West Garfield Park", "West Lawn", "West Pullman", "West Elsdon", "Wicker Park", "Woodlawn"}
    ),
}  # fmt: skip
_PART_OF: Final = {name_key(part): city for city, parts in _CITY_PARTS.items() for part in parts}
# up to four capitalised words written before 'neighborhood': 'the North Lawndale neighborhood'
_WRITTEN = re.compile(r"((?:[A-Z][\w'’]*\s+(?:of\s+the\s+)?){1,4})neighbou?rhood\b")


def city_of_part(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    """The big city whose neighbourhood the text names ('the North Lawndale neighborhood': Chicago)
    where the place read is the town of that name, or of its last word, elsewhere; else the place. The
    whole article is read, as a story names the neighbourhood once and its town by the name alone."""
    if place.precision != "city" or place.country != "USA":
        return place
    for match in _WRITTEN.finditer(text):
        words = match.group(1).split()
        for start in range(len(words)):  # the longest run of the words that names a neighbourhood
            part = " ".join(words[start:])
            city = _PART_OF.get(name_key(part))
            if city is not None and name_key(part).endswith(name_key(place.name)) and city[0] != place.name:
                return _city(gazetteer, *city) or place
    return place


def city_written(text: str, gazetteer: Gazetteer) -> Place | None:
    """The big city a story names only by its neighbourhoods ('in the city's Park Manor neighborhood'):
    the one city whose neighbourhoods the text writes as such; None where it writes none, or two cities'."""
    runs = [" ".join(words[start:]) for words in _written_words(text) for start in range(len(words))]
    cities = {_PART_OF[name_key(run)] for run in runs if name_key(run) in _PART_OF}
    return _city(gazetteer, *next(iter(cities))) if len(cities) == 1 else None


def _written_words(text: str) -> list[list[str]]:
    """The capitalised words written before each 'neighborhood' of the text."""
    return [match.group(1).split() for match in _WRITTEN.finditer(text)]


def _city(gazetteer: Gazetteer, name: str, region: str) -> Place | None:
    """The listed city of that name in that region, as a place."""
    towns = [e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == region]
    return towns[0].to_place() if towns else None
