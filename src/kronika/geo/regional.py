"""Same-named towns and counties of one country: the one the article's other places stand beside."""

from __future__ import annotations

from functools import lru_cache

from kronika.gazetteer import Gazetteer, GeoEntry, PlaceKind
from kronika.geo.chains import find_chains
from kronika.geo.local import near_namesake, region_written
from kronika.geo.names import name_key, strip_region_type
from kronika.model import Place


# Each event of an article asks about the article's places again and again; the answer depends on the
# arguments alone, so a small memo weighs each namesake once per article rather than once per event.
@lru_cache(maxsize=256)
def article_namesake(
    gazetteer: Gazetteer, place: Place, text: str, names: frozenset[str], station_state: str | None = None
) -> Place:
    """The town or county of `place`'s name, in its country, that most of the article's other places
    (`names`: the places it names, as name keys) lie beside, a state `text` writes out counting one, as
    does the state of the local station the page credits (`station_state`: a station reports its own
    market, so 'FRANKLIN COUNTY (WSLS 10)' from a Roanoke station is Virginia's Franklin County):
    'shot in Park City' in a story naming Sedgwick County and Wichita is Kansas's Park City, not Utah's.
    The place itself where no namesake has more support, or where the text writes the name with its
    region ('Park City, Utah')."""
    kind = _kind(place)
    if kind is None or place.lat is None or _written_with_region(text, place.name):
        return place
    key = name_key(place.name)
    same = [
        e
        for e in gazetteer.lookup(place.name, kind=kind, country=place.country)
        if e.lat is not None and name_key(e.name) == key
    ]
    current = next((e for e in same if _is(e, place)), None)
    if current is None or len({e.admin1 for e in same}) < 2:
        return place
    support = {e: _support(gazetteer, e, text, names) + (e.admin1 == station_state) for e in same}
    best = max(same, key=lambda e: support[e])  # the biggest of equals: lookup lists biggest first
    return best.to_place() if support[best] > support[current] else place


def _kind(place: Place) -> PlaceKind | None:
    """The gazetteer kind a place was read as: a town, or a county (a district given at admin1
    precision under its own name); None for regions and countries, which have no namesakes to weigh."""
    if place.precision == "city":
        return "city"
    if place.precision == "admin1" and place.name != place.admin1:
        return "admin2"
    return None


def _is(entry: GeoEntry, place: Place) -> bool:
    """Whether the entry is the one the place was made from."""
    return (entry.admin1, entry.lat, entry.lon) == (place.admin1, place.lat, place.lon)


def _written_with_region(text: str, name: str) -> bool:
    """Whether the text writes the name followed by a region ('Park City, Utah'; 'Perry County, Pa.'):
    the writer has said which one, and the chain reader has read it so."""
    key = name_key(name)
    return any(len(c.names) > 1 and name_key(c.names[0].text) == key for c in find_chains(text))


def _support(gazetteer: Gazetteer, entry: GeoEntry, text: str, names: frozenset[str]) -> int:
    """How many of `names`, other than the entry's own, are towns or counties within LOCAL_KM of it,
    plus one where the text writes out its state."""
    own = {name_key(entry.name), strip_region_type(name_key(entry.name))}
    near = sum(1 for name in set(names) - own if near_namesake(gazetteer, name, entry))
    state = entry.admin1 is not None and region_written(text, entry.admin1)
    return near + (1 if state else 0)
