"""A province since split in two, named whole: 'Maguindanao' for Maguindanao del Norte and del Sur.

Reports and coders go on writing a province's old name for years after it is split, while the lists
hold only its parts. Where every part lies in one first-level region, the old name is read as its
biggest part: the region, the one thing the parts agree on, is right, and the point is near.
"""

from __future__ import annotations

from functools import lru_cache

from kronika.gazetteer import Gazetteer, GeoEntry

# How the parts of a split unit are told apart after its old name.
_PART_WORDS = ("del Norte", "del Sur", "Norte", "Sur", "North", "South", "Oriental", "Occidental")
_UNIT_KINDS = frozenset({"admin1", "admin2"})


def split_unit(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """The parts a unit's old name stands for, biggest first, where at least two parts are listed and
    all lie in one country's one first-level region; else nothing ('Lanao' names two regions' parts)."""
    return list(_split_unit(gazetteer, text))


# Asked of every name the gazetteer does not hold, many times per article and again across articles, at
# eight lookups each; the answer depends on the gazetteer and the name alone, so it is kept.
@lru_cache(maxsize=1 << 14)
def _split_unit(gazetteer: Gazetteer, text: str) -> tuple[GeoEntry, ...]:
    """`split_unit`, worked out."""
    parts = [
        entry
        for word in _PART_WORDS
        for entry in gazetteer.lookup(f"{text} {word}")
        if entry.lat is not None and entry.kind in _UNIT_KINDS
    ]
    if len(parts) < 2 or len({(e.country, e.admin1) for e in parts}) != 1:
        return ()
    return tuple(sorted(parts, key=lambda e: -e.population))
