"""The point of an American town the gazetteer lacks, from its post office's ZIP codes (zipcodes).

A town the lists lack, written with its state ('a protest in Summerton (South Carolina)'), is read in
that state without coordinates (`geo/unlisted.py`). Most such towns have a post office named after
them, and the zipcodes package gives each ZIP code's city and point: the mean point of the town's
delivery ZIP codes (else of any of its ZIP codes: a post-office box) is where the town lies. Where the
package is not installed, places are left as read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from kronika.gazetteer import GeoEntry
from kronika.geo.mailing import postal_code, zip_records
from kronika.geo.names import name_key
from kronika.model import Place

Point = tuple[float, float]


def town_points(zips: Sequence[dict[str, Any]]) -> dict[tuple[str, str], Point]:
    """(state, city name key) -> the mean point of the city's delivery ZIP codes, else of all its ZIP
    codes."""
    delivery: defaultdict[tuple[str, str], list[Point]] = defaultdict(list)
    other: defaultdict[tuple[str, str], list[Point]] = defaultdict(list)
    for z in zips:
        if not (z.get("lat") and z.get("long") and z.get("city") and z.get("state")):
            continue
        kept = delivery if z.get("zip_code_type", "STANDARD") == "STANDARD" else other
        kept[(z["state"], name_key(z["city"]))].append((float(z["lat"]), float(z["long"])))
    points = {}
    for key in other.keys() | delivery.keys():
        found = delivery.get(key) or other[key]
        points[key] = (sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found))
    return points


@cache
def _town_points() -> dict[tuple[str, str], Point]:
    """The ZIP code records' town points (derived once); none where zipcodes is absent."""
    return town_points(zip_records())


def zip_town(place: Place, points: dict[tuple[str, str], Point] | None = None) -> Place:
    """An American town without coordinates, at its ZIP codes' point where a post office of its state
    bears its name; any other place as it is. `points` stands in for the shipped records in tests."""
    if place.country != "USA" or place.precision != "city" or place.lat is not None:
        return place
    state = postal_code(place.admin1 or "")
    table = _town_points() if points is None else points
    point = table.get((state, name_key(place.name))) if state else None
    return replace(place, lat=point[0], lon=point[1]) if point else place


def has_post_office(name: str, state: str | None, points: dict[tuple[str, str], Point] | None = None) -> bool:
    """Whether a post office of an American state (by its name, 'Wisconsin') bears the name: a real
    town there, not a misspelling of a listed one ('Kansasville' is no 'Nashville')."""
    code = postal_code(state or "")
    table = _town_points() if points is None else points
    return code is not None and (code, name_key(name)) in table


def post_office_point(
    name: str, state: str | None, points: dict[tuple[str, str], Point] | None = None
) -> Point | None:
    """The point of the ZIP codes of the post office of an American state (by its name, 'Ohio') named
    `name`; None where that state has none so named. `points` stands in for the shipped records in
    tests."""
    code = postal_code(state or "")
    table = _town_points() if points is None else points
    return table.get((code, name_key(name))) if code is not None else None


def office_entry(
    name: str, state: str | None, points: dict[tuple[str, str], Point] | None = None
) -> GeoEntry | None:
    """The town `name` of an American state (by its name, 'Ohio') as a gazetteer entry at the point of
    its post office's ZIP codes, for a community no list holds; None where that state has no post office
    so named. A town read this way has no known population. `points` stands in for the shipped records
    in tests."""
    point = post_office_point(name, state, points)
    if point is None or state is None:
        return None
    return GeoEntry(name, "city", "USA", state, point[0], point[1], 0)


def post_office_states(name: str, points: dict[tuple[str, str], Point] | None = None) -> frozenset[str]:
    """The postal codes of the American states with a post office named `name` ('Aynor': {'SC'}); none
    where no state has one. `points` stands in for the shipped records in tests."""
    key = name_key(name)
    if points is not None:
        return frozenset(state for state, town in points if town == key)
    return _office_states().get(key, frozenset())


@cache
def _office_states() -> dict[str, frozenset[str]]:
    """A post office's name key -> the states with one of that name (derived once)."""
    states: defaultdict[str, set[str]] = defaultdict(set)
    for state, town in _town_points():
        states[town].add(state)
    return {town: frozenset(found) for town, found in states.items()}


def town_counties(zips: Sequence[dict[str, Any]]) -> dict[tuple[str, str], frozenset[str]]:
    """(state, city name key) -> the name keys of the counties its ZIP codes lie in ('Katy', TX: Harris,
    Fort Bend and Waller County), each ZIP code counting for the city it is named after."""
    counties: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for z in zips:
        if z.get("city") and z.get("state") and z.get("county"):
            counties[(z["state"], name_key(z["city"]))].add(name_key(z["county"]))
    return {key: frozenset(found) for key, found in counties.items()}


@cache
def _town_counties() -> dict[tuple[str, str], frozenset[str]]:
    """The ZIP code records' town counties (derived once); none where zipcodes is absent."""
    return town_counties(zip_records())


def postal_county(
    town: str, county: str, state: str | None, counties: dict[tuple[str, str], frozenset[str]] | None = None
) -> bool:
    """Whether a ZIP code named after the town, in the American state (by its name, 'Texas'), lies in the
    county (by its name, 'Harris County'): a town whose post office serves a big county's far side lies in
    it, though beyond any fixed reach of its centre (Katy, 45 km from Harris County's middle). `counties`
    stands in for the shipped records in tests."""
    code = postal_code(state or "")
    table = _town_counties() if counties is None else counties
    return code is not None and name_key(county) in table.get((code, name_key(town)), frozenset())
