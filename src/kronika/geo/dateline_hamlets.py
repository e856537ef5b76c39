"""A bare dateline's town that no list holds ('SMICKSBURG —'), read by the one state with a post office of
its name.

A small local paper's dateline writes its hamlet with no state after it; the gazetteer lacks such a town,
so the dateline gave nothing and the story fell to the next town it names (a victim's home, a hospital's
town). A dateline written with its state is read by `geo/unlisted.py`; without one, the name is read
as a town only where it is written in capitals before a dash (not 'UPDATE:', a label), no list holds it
anywhere, and one state alone has a post office of that name (`geo/zip_towns.py`), at whose point it is
placed. In the Gun Violence Archive's study slice (2,100 pages) two bare datelines read so, both the
pages' own towns: one the archive's town (the story had fallen to a town nearby), the other a suspect's
home town, which the story was already placed at.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo.unlisted import unlisted_town
from kronika.geo.zip_towns import post_office_states
from kronika.model import Place

# the name in capitals, then an optional credit, then a dash: a dateline, not a label ('UPDATE:')
_DASHED = r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-)"


def bare_hamlet(gazetteer: Gazetteer, line: str, city: str) -> Place | None:
    """The town a dateline `city` (its run of capitals, opening `line`) names with no region after it, where
    no list holds the name, it is written before a dash, and one state alone has a post office so named;
    None otherwise."""
    if not city.isupper() or not re.match(re.escape(city) + _DASHED, line):
        return None
    name = city.title()
    if gazetteer.lookup(name):
        return None
    states = post_office_states(name)
    region = gazetteer.abbreviation(next(iter(states))) if len(states) == 1 else None
    town = unlisted_town(gazetteer, name, region) if region is not None else None
    return town if town is not None and town.lat is not None else None
