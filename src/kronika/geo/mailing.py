"""The city an American county is filed under where most of its ZIP codes are that city's, from zipcodes.

Records kept by address, as the Gun Violence Archive's are, file an event by the city its address is
written with, and most addresses of a metropolitan county are written with its big city's name ('Harris
County': Houston). The zipcodes package lists, for every ZIP code, the county it lies in and the city
its post office is named after. A county most of whose delivery ZIP codes are one city's is read at
that city where the story names no town of it; a rural county's ZIP codes name many small towns, and
it is read at the town it is named after where that town names as many of its ZIP codes as any other
('Gladwin County': Gladwin, its seat), else it stays the county. Where the package is not
installed, places are left as read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key, spelled_variants
from kronika.geo.nearby import places_km
from kronika.model import Place
from kronika.tables import shipped_text, table_rows

STATES = "data/us_states.tsv"
COUNTY_KM = 80.0  # a county's main city lies within this of the county's centre
# A county is filed under a city that names more than this share of its ZIP codes (Houston: 97 of
# Harris County's 134; Salt Lake City: 25 of its county's 43), and at least two of them: a majority,
# as its suburbs each name few of the rest; a rural county's ZIP codes name many small towns, and a
# city naming only half of a small county's (two of Stafford County's four) is no more its town than
# the one the county is named after.
MIN_COUNTY_SHARE = 0.5
MIN_COUNTY_ZIPS = 2
# A county is read at the town it is named after where that town has this many people: a county seat,
# mostly; a hamlet of the name ('Conejos', 58 people) stands for none of the county.
MIN_NAMESAKE_PEOPLE = 1000
_COUNTY_WORDS = (" County", " Parish")


def _delivery_cities(zips: Sequence[dict[str, Any]]) -> dict[tuple[str, str], Counter[str]]:
    """(state, county name key) -> how many of the county's delivery ZIP codes each city names (PO box and
    unique ZIP codes are left out: they say where mail is collected, not where people live)."""
    named: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for z in zips:
        if z.get("zip_code_type", "STANDARD") == "STANDARD" and z.get("county"):
            named[(z["state"], name_key(z["county"]))][z["city"]] += 1
    return named


def county_cities(zips: Sequence[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(state, county name key) -> the city most of the county's delivery ZIP codes are named after,
    where it names more than MIN_COUNTY_SHARE of them, and MIN_COUNTY_ZIPS."""
    named = _delivery_cities(zips)
    found = {}
    for county, cities in named.items():
        city, most = cities.most_common(1)[0]
        if most >= MIN_COUNTY_ZIPS and most > MIN_COUNTY_SHARE * sum(cities.values()):
            found[county] = city
    return found


def county_namesakes(zips: Sequence[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(state, county name key) -> the town the county is named after, where that town names as many of
    the county's delivery ZIP codes as any other town does ('Gladwin County': Gladwin, its seat); a county
    named after a person or a river ('Harris County') has none, and one whose namesake town is only one
    of its suburbs ('Orange County': Anaheim and Santa Ana have more) none either."""
    named = _delivery_cities(zips)
    found = {}
    for county, cities in named.items():
        most = max(cities.values())
        for city, count in cities.items():
            if count == most and any(county[1] == name_key(city + word) for word in _COUNTY_WORDS):
                found[county] = city
    return found


@cache
def zip_records() -> tuple[dict[str, Any], ...]:
    """The zipcodes package's ZIP code records, read once for every use (reading them takes about half a
    second); none where the package is absent."""
    try:
        import zipcodes  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return ()
    return tuple(zipcodes.list_all())


@cache
def _county_cities() -> dict[tuple[str, str], str]:
    """The ZIP code records' county cities (derived once: the records never change)."""
    return county_cities(zip_records())


@cache
def _county_namesakes() -> dict[tuple[str, str], str]:
    """The ZIP code records' county namesake towns (derived once: the records never change)."""
    return county_namesakes(zip_records())


@cache
def _postal_codes() -> dict[str, str]:
    """A US state's name -> its two-letter postal code."""
    return {row[0]: row[1] for row in table_rows(shipped_text(STATES)) if len(row) > 1}


@cache
def _code_states() -> dict[str, str]:
    """Two-letter postal code -> US state, built once from the same table."""
    return {code: state for state, code in _postal_codes().items()}


def code_state(code: str) -> str | None:
    """The US state a two-letter postal code stands for ('OH': 'Ohio'); None for any other text."""
    return _code_states().get(code)


def postal_code(state: str) -> str | None:
    """A US state's two-letter postal code, from its name ('Ohio': 'OH'); None for any other name."""
    return _postal_codes().get(state)


def county_city(
    place: Place,
    gazetteer: Gazetteer,
    counties: dict[tuple[str, str], str] | None = None,
    namesakes: dict[tuple[str, str], str] | None = None,
) -> Place:
    """The city most of an American county's ZIP codes are named after ('Harris County': Houston), else
    the town of its post offices it is named after ('Gladwin County': Gladwin), at that town's listed
    point within COUNTY_KM of the county; any other place, and a county neither gives, as it is.
    `counties` and `namesakes` stand in for the shipped records in tests."""
    state = _postal_codes().get(place.admin1 or "") if place.country == "USA" else None
    if state is None or place.precision != "admin1" or not place.name.endswith(_COUNTY_WORDS):
        return place
    for table, people in (
        (_county_cities() if counties is None else counties, 0),
        (_county_namesakes() if namesakes is None else namesakes, MIN_NAMESAKE_PEOPLE),
    ):
        city = next((table[(state, k)] for k in _keys(place.name) if (state, k) in table), None)
        town = _listed(gazetteer, city, place, people) if city else None
        if town is not None:
            return town
    return place


def _keys(name: str) -> list[str]:
    """The name's key and its spelled variants ('St. Louis County', 'Saint Louis County')."""
    key = name_key(name)
    return [key, *spelled_variants(key)]


def _listed(gazetteer: Gazetteer, city: str, near: Place, people: int = 0) -> Place | None:
    """The listed town of that name and at least `people` people in the place's state nearest it, within
    COUNTY_KM."""
    entries = gazetteer.lookup(city, kind="city", country="USA")
    towns = [
        town
        for town in (e.to_place() for e in entries if e.population >= people)
        if town.admin1 == near.admin1 and places_km(town, near) <= COUNTY_KM
    ]
    return min(towns, key=lambda town: places_km(town, near), default=None)
