"""An American township a note writes with its state ('in Monroe Township (New Jersey)'), at its post office.

Townships are no towns of the registry lists, nor counties, so a note naming one with its state in
brackets, as ACLED's coders write every American place, is read at the state's point, or at a town
of another name the township's name was respelt to ('Drumore' as Dunmore), while coders place the event
in the township. Most townships have a post office named after them ('Monroe Township', NJ) or after
the township's own name ('Warminster'), whose ZIP codes' point (`geo/zip_towns.py`) is the township's.
A town of the township's name the place stage found is left alone: a listed one ('Shelby', Michigan) is
the township's seat, and a post office named after a bare name may be another county's ('Falls', PA).
Local news files townships under their county (`geo/unlisted.py`); it seldom brackets the state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer
from kronika.geo.mailing import postal_code
from kronika.geo.names import name_key
from kronika.geo.zip_towns import Point, post_office_point
from kronika.model import Place

# 'Monroe Township (New Jersey)', 'Ocean Township (Monmouth, New Jersey)': up to three capitalised words
# before 'Township', the state last in the brackets after it
_TOWNSHIP = re.compile(
    r"\b(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+Township\s*"
    r"\((?:[^()]*,\s*)?(?P<state>[A-Z][A-Za-z. ]+)\)"
)


def township_town(
    place: Place, sentence: str, gazetteer: Gazetteer, points: dict[tuple[str, str], Point] | None = None
) -> Place:
    """The township the sentence writes with the place's state, at the point of the post office named
    after it ('Monroe Township'), else after its bare name ('Warminster'), where the place found is the
    state or a town or county of another name; any other place as it is. `points` stands in for the
    shipped ZIP code records in tests."""
    if place.country != "USA" or place.admin1 is None:
        return place
    for match in _TOWNSHIP.finditer(sentence):
        name, state = match.group("name"), match.group("state").strip()
        if state != place.admin1 or postal_code(state) is None:
            continue
        if name_key(place.name) in (name_key(name), name_key(f"{name} Township")):
            return place  # the township's own town, or the township itself
        for office in (f"{name} Township", name):
            point = post_office_point(office, state, points)
            if point is not None:
                return replace(place, name=office, lat=point[0], lon=point[1], precision="city")
        return place
    return place
