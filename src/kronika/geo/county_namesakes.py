"""The namesake county a local story means where it names the county's town but not its state."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.story_county import holds_town
from kronika.model import Place

# A run of capitalised words, of which every part of up to MAX_WORDS words may name a town ('Rocky
# Mount'): 'the Stroudsburg Area School District' names Stroudsburg
_RUN = re.compile(r"\b[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)*")
MAX_WORDS = 3
_COUNTY_WORDS = ("County", "Parish")


def county_namesake(place: Place, text: str, states: frozenset[str], gazetteer: Gazetteer) -> Place:
    """The county of `place`'s name that holds a town the story writes by name, for an American county
    read in a state the story never writes (`states`): 'Monroe County' in a story that names Stroudsburg
    is Pennsylvania's, not New York's (read so as the biggest of its name). Only where the county as read
    holds no town the story names and exactly one namesake does; anything else stays as read."""
    if (
        place.country != LOCAL_NEWS_COUNTRY
        or place.precision != "admin1"
        or not place.name.endswith(_COUNTY_WORDS)
        or place.admin1 in states
    ):
        return place
    counties = gazetteer.lookup(place.name, kind="admin2", country=LOCAL_NEWS_COUNTRY)
    current = next((c for c in counties if c.admin1 == place.admin1), None)
    if current is None or len(counties) < 2:
        return place
    towns = _towns_named(text, place.name, gazetteer)
    if any(holds_town(current, t) for t in towns):
        return place
    holding = [c for c in counties if c != current and any(holds_town(c, t) for t in towns)]
    return holding[0].to_place() if len(holding) == 1 else place


def _towns_named(text: str, county: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The American towns (every namesake) of the capitalised runs the text writes, the county's own
    name left out (its bare name is often a town of every state the county is in)."""
    own = county.rsplit(" ", 1)[0].lower()
    keys: set[str] = set()
    for match in _RUN.finditer(text):
        words = match.group(0).split()
        keys.update(
            " ".join(words[start:end])
            for start in range(len(words))
            for end in range(start + 1, min(start + MAX_WORDS, len(words)) + 1)
        )
    return [
        e
        for key in sorted(keys)
        for e in gazetteer.lookup(key, kind="city", country=LOCAL_NEWS_COUNTRY)
        if e.name.lower() != own
    ]
