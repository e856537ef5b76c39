"""The one county a local story names where it names no town: 'Bartow County deputies were called'."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.nearby import COUNTY_KM, entries_km

# 'Bartow County', 'St. Louis County', 'DeKalb County', 'Lafourche Parish': up to three capitalised words
# before the county word, of which the name is the longest run of the last ones that names a county
# ('A DeKalb County officer', 'The Gladwin County sheriff': the words opening a sentence are no part of it)
_COUNTY = re.compile(r"\b((?:[A-Z][\w'’.]*[ -]){0,2}[A-Z][\w'’.]*) (County|Parish)\b")


def counties_written(gazetteer: Gazetteer, text: str) -> frozenset[str]:
    """Every American county or parish the text writes by name, as the gazetteer names it ('Bartow
    County'); a name no American county has is left out."""
    found = (_county_named(gazetteer, m.group(1).split(), m.group(2)) for m in _COUNTY.finditer(text))
    return frozenset(name for name in found if name is not None)


def _county_named(gazetteer: Gazetteer, words: list[str], word: str) -> str | None:
    """The gazetteer's name of the county the longest run of the last `words` names with its `word`."""
    for start in range(len(words)):
        counties = _counties(gazetteer, f"{' '.join(words[start:])} {word}")
        if counties:
            return counties[0].name
    return None


def _counties(gazetteer: Gazetteer, name: str) -> list[GeoEntry]:
    """The American counties (or parishes) of that name."""
    return gazetteer.lookup(name, kind="admin2", country=LOCAL_NEWS_COUNTRY)


def story_county(
    gazetteer: Gazetteer, text: str, states: frozenset[str], station_state: str | None
) -> GeoEntry | None:
    """The county a local story names, where it names exactly one ('Two accidental shootings in Bartow
    County', 'the Gladwin County sheriff says'): the one of that name in a state the story writes
    (`states`), else in the state of the station that reports it, else the only American county of that
    name. None where the story names none, or two (which one is the scene is not told), or where the name
    stays ambiguous."""
    written = counties_written(gazetteer, text)
    if len(written) != 1:
        return None
    counties = _counties(gazetteer, next(iter(written)))
    station = frozenset({station_state}) if station_state else frozenset()
    chosen = _in_states(counties, states) or _in_states(counties, station)
    if chosen is None and len(counties) == 1:
        chosen = counties[0]
    return chosen


def holds_town(county: GeoEntry, town: GeoEntry) -> bool:
    """Whether the town lies in the county: of its state, within COUNTY_KM of its centre (the gazetteer
    does not say which county a town lies in)."""
    return town.admin1 == county.admin1 and entries_km(county, town) <= COUNTY_KM


def _in_states(counties: list[GeoEntry], states: frozenset[str]) -> GeoEntry | None:
    """The one county of those lying in one of `states`; None where none does, or several do."""
    inside = [c for c in counties if c.admin1 in states]
    return inside[0] if len(inside) == 1 else None
