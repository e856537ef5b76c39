"""An American county read from a bare name that local news writes for a town of another state.

American local news writes a county with its word ('Del Norte County deputies'); a name it writes bare
('a 13-year-old Klamath boy', 'in the town of Klamath') is a town's. Where the gazetteer lists no town
of that name, the name is read as a county that bears it, often in a state the article never names
(Oregon's Klamath County, for a story of Klamath, California, told by Del Norte County's sheriff). Such a
county gives way to the town of its name in a state the article does name, in full, abbreviated after a
town, by its station or by the county it writes with its word; a county whose word the article writes
anywhere, or whose state it names, is left as read, as is any other place. Notes that write their state
after every place (ACLED's) never reach this: their county's state is always named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.story_county import counties_written
from kronika.geo.zip_towns import Point, office_entry
from kronika.model import Place

_COUNTY_WORD = r"(?:County|Co\.|Parish|Borough)"
_TRAILING_WORD = re.compile(rf"\s+{_COUNTY_WORD}$")


def counties_states(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The states of the American counties the text writes with their word, where the name is one
    state's county only ('Del Norte County' is California's; 'Washington County' tells no state)."""
    states: set[str] = set()
    for name in counties_written(gazetteer, text):
        found = {
            e.admin1 for e in gazetteer.lookup(name, kind="admin2", country=LOCAL_NEWS_COUNTRY) if e.admin1
        }
        states |= found if len(found) == 1 else set()
    return frozenset(states)


def bare_county_town(
    place: Place,
    text: str,
    named: frozenset[str],
    gazetteer: Gazetteer,
    points: dict[tuple[str, str], Point] | None = None,
) -> Place:
    """The town of a bare county's name in a state the article names (`named`), for an American county
    read in a state it does not name, whose word `text` never writes after its name; where such towns
    lie in more than one named state, or in none, the county as read. `points` stands in for the shipped
    ZIP code records in tests."""
    if (
        place.country != LOCAL_NEWS_COUNTRY
        or place.precision != "admin1"
        or place.admin1 in (None, place.name)
    ):
        return place
    if place.admin1 in named:
        return place
    bare = _TRAILING_WORD.sub("", place.name)
    if bare == place.name or re.search(rf"\b{re.escape(bare)}\s+{_COUNTY_WORD}", text, re.IGNORECASE):
        return place
    towns = list(_towns(bare, named, gazetteer, points))
    return towns[0] if len(towns) == 1 else place


def _towns(
    name: str, states: frozenset[str], gazetteer: Gazetteer, points: dict[tuple[str, str], Point] | None
) -> Iterable[Place]:
    """The town called `name` in each of `states`: the gazetteer's, else its post office's point."""
    listed = {
        e.admin1: e for e in gazetteer.lookup(name, kind="city", country=LOCAL_NEWS_COUNTRY) if e.name == name
    }
    for state in sorted(states):
        if state in listed:
            yield listed[state].to_place()
            continue
        office = office_entry(name, state, points)
        if office is not None:
            yield office.to_place()
