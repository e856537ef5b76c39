"""A county or district the lists lack, read at the town it is named after ('Ayod County' is at Ayod).

The region list holds no second-level units for many countries (South Sudan's counties, Kenya's old
districts), so 'clashes in Ayod County' or 'pushed out of Mayom county' found nothing, though the town the
unit is named after, its seat, is listed; coders place such an event at that town. A unit named by its
seat and a bearing ('Tonj South', 'Kapoeta North', 'Narok South District') is read at that seat too.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry

# Type words of second-level units, named after their seat town; a state or province is first-level.
SEAT_NAMED_UNITS = frozenset({"county", "district"})
_BEARINGS = frozenset({"north", "south", "east", "west", "central"})
# American counties are all listed, and are often named after people, not after a town of the state
SEATLESS_COUNTRIES = frozenset({"USA"})


def unlisted_unit_town(gazetteer: Gazetteer, key: str, focus: str | None) -> GeoEntry | None:
    """For the name key of a county or district the lists lack, the biggest town of its seat's name in
    the focus country; where no country is known, in the one country holding towns of that name."""
    seat = seat_name(key)
    if seat is None or focus in SEATLESS_COUNTRIES:
        return None
    towns = [e for e in gazetteer.lookup(seat, kind="city") if e.lat is not None]
    if focus is not None:
        towns = [e for e in towns if e.country == focus]
    elif len({e.country for e in towns}) != 1 or towns[0].country in SEATLESS_COUNTRIES:
        return None
    return max(towns, key=lambda e: e.population) if towns else None


def seat_name(key: str) -> str | None:
    """The seat's name in a unit's name key, without its type word and bearing ('tonj south county' ->
    'tonj'); None where the key carries neither."""
    words = key.split()
    if len(words) > 1 and words[-1] in SEAT_NAMED_UNITS:
        words = words[:-1]
    if len(words) > 1 and words[-1] in _BEARINGS:
        words = words[:-1]
    return " ".join(words) if len(words) < len(key.split()) else None
