"""Regions named by a compass direction and written with their type word ('the North East region' of
Ghana): the index leaves such names out as words of direction anywhere, so they are found among the
focus country's own regions, never as a town of the name abroad (North East, Pennsylvania)."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import has_region_type, name_key, strip_region_type

_POINTS = ("north", "south", "east", "west", "central", "centre", "center")
COMPASS_NAMES = frozenset(
    {
        *_POINTS,
        *(f"{a}{b}" for a in ("north", "south") for b in ("east", "west")),
        *(f"{a} {b}" for a in ("north", "south") for b in ("east", "west")),
    }
)


def compass_typed(key: str) -> bool:
    """Whether a name key is a compass direction with a region-type word ('north east region')."""
    return has_region_type(key) and strip_region_type(key) in COMPASS_NAMES


def compass_region(gazetteer: Gazetteer, text: str, focus: str | None) -> GeoEntry | None:
    """The focus country's region a compass name with its type word names ('North East region' in a
    Ghanaian note), else None."""
    key = name_key(text)
    if focus is None or not compass_typed(key):
        return None
    found = [e for e in gazetteer.regions_named(strip_region_type(key), {focus}) if e.lat is not None]
    return found[0] if found else None
