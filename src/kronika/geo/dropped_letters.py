"""A first-level unit of the story's own country written with one letter dropped ('Madera county' in a
Kenyan note is Kenya's Mandera county), read at home before a namesake unit abroad (California's Madera).

Counted on the training notes: of 6 writing 'Madera', the 5 of Kenyan events are coded Mandera, the one
of a Californian march Madera; 'Warap state' in a South Sudanese note is Warrap. Only a typed unit ('X
county', 'X state') of a story whose country is known is read so, and only where no reading of the name
lies in that country: a bare name, or a unit of a story of no known country, is read as before.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import has_region_type, name_key, strip_region_type

MIN_NAME = 5  # a shorter name is one letter off too many others
_CUTOFF = 0.85  # difflib's ratio of a name of MIN_NAME letters to itself with one letter more


def dropped_letter_region(gazetteer: Gazetteer, key: str, focus: str | None) -> GeoEntry | None:
    """The focus country's first-level region whose name is the typed unit's `key` with one letter put
    back ('madera county' -> Mandera in Kenya), or None."""
    if focus is None or not has_region_type(key):
        return None
    name = strip_region_type(key)
    if len(name) < MIN_NAME:
        return None
    found = [
        e
        for e in gazetteer.fuzzy_region(name, focus, _CUTOFF)
        if e.lat is not None and _one_letter_more(name_key(e.name), name)
    ]
    return found[0] if found else None


def _one_letter_more(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` with one letter inserted ('mandera', 'madera')."""
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
    )
