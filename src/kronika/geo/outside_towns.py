"""An American event placed only near or outside a town ('near Benedict', 'just east of Knightstown'):
the county around the town, where the story names it.

Local news places a rural shooting by the nearest town it lies beyond: 'shot near Benedict, in southern
Ward County', 'found in a home just east of Knightstown', 'a home between Braxton and Puckett'. The event
is outside that town's limits, so the county holding the town is the exact place the story gives, and
records kept by address (the Gun Violence Archive's) file such an event under the county. Only a county
the article names with its type word is taken ('Ward County deputies'), and only where the sentence
never places the event in the town itself.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.county_towns import inside_counties
from kronika.geo.names import name_key
from kronika.model import Place

AMERICA = "USA"
_BEARING = r"(?:north|south|east|west|northeast|northwest|southeast|southwest)"
# 'near', 'just outside (of)', '3 miles south of', 'between Braxton and', 'between Braxton and ' (the second)
_BEYOND_BEFORE = re.compile(
    rf"\b(?:near|outside(?:\s+of)?|(?:\d+\s+miles?\s+)?{_BEARING}\s+of|between)\s+$"
    r"|\bbetween\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+and\s+$",
    re.IGNORECASE,
)
BEFORE_CHARS = 60  # how far before the town the words placing the event beyond it are read
_COUNTY = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){1,3})(?:County|Parish)\b")


def county_beyond(place: Place, sentence: str, text: str, gazetteer: Gazetteer) -> Place:
    """The county the article names around an American town its event's sentence places the event only
    near, outside, a bearing of or between ('near Benedict'); any other place as it is."""
    if place.country != AMERICA or place.precision != "city" or not _only_beyond(sentence, place.name):
        return place
    # the town as read, listed or not (a hamlet read by its post office): its point is what is asked
    town = GeoEntry(place.name, "city", place.country, place.admin1, place.lat, place.lon, 0)
    named = _counties_named(text, place.admin1, gazetteer)
    county = next((c for c in named if inside_counties(town, [c])), None)
    return county.to_place() if county is not None else place


def _only_beyond(sentence: str, name: str) -> bool:
    """Whether the sentence writes the town's name and every time only as what its event lies beyond."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", sentence))
    return bool(found) and all(
        _BEYOND_BEFORE.search(sentence[max(0, m.start() - BEFORE_CHARS) : m.start()]) for m in found
    )


def _counties_named(text: str, state: str | None, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The counties of `state` the text names with their type word ('Ward County', 'Iberia Parish')."""
    named = {" ".join(words[i:]) for words in _written_counties(text) for i in range(len(words) - 1)}
    return [
        entry
        for name in sorted(named)
        for entry in gazetteer.lookup(name, kind="admin2", country=AMERICA)
        if state is not None and entry.admin1 == state and name_key(entry.name) == name_key(name)
    ]


def _written_counties(text: str) -> list[list[str]]:
    """The words of each county the text names with its type word, the type word last ('Ward County';
    'The Ward County' too, whose shorter runs are asked as well)."""
    return [m.group(0).split() for m in _COUNTY.finditer(text)]
