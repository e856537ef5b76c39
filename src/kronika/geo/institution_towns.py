"""Towns a story writes inside the name of a paper or a hospital ('the Orlando Sentinel', 'Orlando Regional
Medical Center'): a local story's own paper and the hospital its hurt were taken to lie near the scene, so
such a town says which of several counties of one name ('Orange County': California's, Florida's, New
York's ...) the story's county is. So does a city the hurt were carried to ('airlifted to a hospital in
Shreveport'): a trauma centre serves the counties around it, across a state line too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.nearby import COUNTY_KM, entries_km
from kronika.model import Place

_WORDS: Final = r"((?:[A-Z][\w.'’\-]*\s+){1,4})"  # the capitalised words before the paper's or hospital's
# A paper named after its town: 'the Farmington Daily Times', 'the Tampa Bay Times', 'Orlando Sentinel'
_PAPER: Final = re.compile(
    _WORDS + r"(?:Sentinel|Times|Herald|Tribune|Gazette|Journal|Courier|Chronicle|Dispatch|Enquirer|"
    r"Examiner|Observer|Ledger|Telegraph|Courant|Free\s+Press|Daily\s+News|Post-Gazette)\b"
)
# A hospital named after its town: 'Orlando Regional Medical Center', 'Sumter Memorial Hospital'
_HOSPITAL: Final = re.compile(_WORDS + r"(?:Medical\s+Center|Hospital)\b")
_MODIFIERS: Final = frozenset({"daily", "regional", "memorial", "general", "community", "area", "county"})
# The city the hurt were carried to, written after 'in' or 'to' a few words on: 'airlifted to a trauma
# centre in Shreveport', 'flown to a hospital in Tulsa'
_CARRIED: Final = re.compile(r"\b(?:taken|transported|airlifted|flown|rushed|transferred)\b[^.;]{0,60}")
_CARRIED_TO: Final = re.compile(r"\b(?:in|to)\s+((?:[A-Z][\w.'’\-]*\s+){0,2}[A-Z][\w.'’\-]*)")
# A city with a trauma centre: the hurt of a rural county are carried to the big city nearest, which
# may lie a state away (Marion County, Texas, sends them to Shreveport, Louisiana)
CARRIED_CITY: Final = 50_000
CARRIED_KM: Final = 120.0  # a county's hurt are carried to a city this near at most


def institution_county(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    """A county read in one state given as the county of its name in another, where a paper or a hospital
    the text names is named after a town of that other county and none of the first: 'Orange County
    deputies ... taken to Orlando Regional Medical Center' is Florida's county, not California's."""
    if place.precision != "admin1" or place.name == place.admin1:
        return place
    counties = gazetteer.lookup(place.name, kind="admin2", country=place.country)
    towns = _institution_towns(text, gazetteer, place.country)
    held = {c for town in towns for c in _holding(town, counties)}
    if not held:  # no named institution's town: the city its hurt were carried to, in any state
        carried = _carried_cities(text, gazetteer, place.country)
        held = {c for town in carried for c in _serving(town, counties)}
    if len(held) != 1 or any(c.admin1 == place.admin1 for c in held):
        return place
    return held.pop().to_place()


def _carried_cities(text: str, gazetteer: Gazetteer, country: str) -> Iterator[GeoEntry]:
    """The cities of CARRIED_CITY people or more of the country that the text says its hurt were carried
    to ('flown to a hospital in Shreveport'), as the biggest of each name, read from the longest opening
    words that name a town ('in Shreveport Monday')."""
    for match in _CARRIED.finditer(text):
        for name in _CARRIED_TO.finditer(match.group()):
            towns = _longest_town(name.group(1).split(), gazetteer, country)
            if towns and towns[0].population >= CARRIED_CITY:
                yield towns[0]


def _longest_town(words: list[str], gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """The towns of the country named by the longest opening run of `words`, biggest first; none where
    no run names one."""
    for n in range(len(words), 0, -1):
        towns = gazetteer.lookup(" ".join(words[:n]), kind="city", country=country)
        if towns:
            return towns
    return []


def _serving(city: GeoEntry, counties: list[GeoEntry]) -> list[GeoEntry]:
    """The counties of the list lying within CARRIED_KM of the city, of any state: none where two or
    more do, as the city then tells none of them."""
    near = [c for c in counties if entries_km(c, city) <= CARRIED_KM]
    return near if len(near) == 1 else []


def _institution_towns(text: str, gazetteer: Gazetteer, country: str) -> Iterator[GeoEntry]:
    """The towns of the country that the papers and hospitals the text names are named after, read from
    the longest opening words of each name that the gazetteer holds as a town, as its biggest town of
    that name ('Terre Haute Regional Hospital' is Indiana's city's, not a Missouri hamlet's)."""
    for pattern in (_PAPER, _HOSPITAL):
        for match in pattern.finditer(text):
            words = [w for w in match.group(1).split() if w.lower() != "the"]
            while words and words[-1].lower() in _MODIFIERS:
                words.pop()
            towns = _longest_town(words, gazetteer, country)
            if towns:  # the biggest of the name: a hospital is named after a sizeable town
                yield towns[0]


def _holding(town: GeoEntry, counties: list[GeoEntry]) -> list[GeoEntry]:
    """The counties of the list a town lies in: in the same state, within COUNTY_KM of the centre."""
    return [c for c in counties if c.admin1 == town.admin1 and entries_km(c, town) <= COUNTY_KM]
