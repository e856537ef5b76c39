"""A county or district the lists lack, read at the town it is named after ('Ayod County' is at Ayod).

The region list holds no second-level units for many countries (South Sudan's counties, Kenya's old
districts), so 'clashes in Ayod County' or 'pushed out of Mayom county' found nothing, though the town the
unit is named after, its seat, is listed; coders place such an event at that town. A unit named by its
seat and a bearing ('Tonj South', 'Kapoeta North', 'Narok South District') is read at that seat too.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.sudans import one_sudan
from kronika.geo.unit_types import calls_counties

# Type words of second-level units, named after their seat town; a state or province is first-level.
SEAT_NAMED_UNITS = frozenset({"county", "district"})
_BEARINGS = frozenset({"north", "south", "east", "west", "central"})
# American counties are all listed, and are often named after people, not after a town of the state
SEATLESS_COUNTRIES = frozenset({"USA"})
DWARFED = 10  # a town abroad of under a tenth of the biggest namesake's people is no rival to it


def unlisted_unit_town(gazetteer: Gazetteer, key: str, focus: str | None) -> GeoEntry | None:
    """For the name key of a county or district the lists lack, the biggest town of its seat's name in
    the focus country; where no country is known, in the one country holding towns of that name, or
    the one holding a town ten times the size of any abroad ('Bor County' is South Sudan's Bor, not
    a Swedish hamlet)."""
    seat = seat_name(key)
    if seat is None or focus in SEATLESS_COUNTRIES:
        return None
    towns = _towns(gazetteer, _unit_name(key), key, focus) or _towns(gazetteer, seat, key, focus)
    # 'Koch County': the town our coders' table files under Sudan's old south and the lists' South
    # Sudanese town are one seat, not two countries' rivals (`geo/sudans.py`)
    towns = one_sudan(towns, focus)
    if focus is not None:
        towns = [e for e in towns if e.country == focus]
    if not towns:
        return None
    biggest = max(towns, key=lambda e: e.population)
    if focus is None and (
        biggest.country in SEATLESS_COUNTRIES
        or any(e.country != biggest.country and e.population * DWARFED > biggest.population for e in towns)
    ):
        return None
    return biggest


def _towns(gazetteer: Gazetteer, name: str, key: str, focus: str | None) -> list[GeoEntry]:
    """The located towns called `name`; for a county, only in the focus country or countries whose units
    are so called ('Pigi County' is no Greek town's: Greece has no counties)."""
    towns = [e for e in gazetteer.lookup(name, kind="city") if e.lat is not None]
    if key.split()[-1] == "county":
        towns = [e for e in towns if e.country == focus or calls_counties(e.country)]
    return towns


def _unit_name(key: str) -> str:
    """A unit's name key without its type word, its bearing kept: 'twic east county' -> 'twic east',
    which the lists may hold as the seat's other name (Twic East's Panyagor; Warrap's Twic is another)."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in SEAT_NAMED_UNITS else key


def seat_name(key: str) -> str | None:
    """The seat's name in a unit's name key, without its type word and bearing ('tonj south county' ->
    'tonj'); None where the key carries neither."""
    words = key.split()
    if len(words) > 1 and words[-1] in SEAT_NAMED_UNITS:
        words = words[:-1]
    if len(words) > 1 and words[-1] in _BEARINGS:
        words = words[:-1]
    return " ".join(words) if len(words) < len(key.split()) else None
