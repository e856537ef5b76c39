"""Regions named by a compass direction: written with their type word ('the North East region' of
Ghana), which the index leaves out as words of direction anywhere, so they are found among the focus
country's own regions, never as a town of the name abroad (North East, Pennsylvania); and written bare
as a chain's later name ('Mannar, North'), read only in the countries its other names are read in."""

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


# A chain's later name that is only a compass word or its adjective ('Eastern', 'North'): a region of
# that name lies in a dozen countries (Eastern: Sri Lanka, Uganda, Saudi Arabia, Zambia...), so it says
# which of them only beside another name read there.
_BARE_COMPASS = COMPASS_NAMES | frozenset(
    {"northern", "southern", "eastern", "western", "centre", "center"}
    | {f"{a}{b}" for a in ("north", "south") for b in ("eastern", "western")}
    | {f"{a} {b}" for a in ("north", "south") for b in ("eastern", "western")}
)


def bare_compass(text: str) -> bool:
    """Whether a name is only a compass word or its adjective ('North', 'Eastern', 'North East')."""
    return name_key(text) in _BARE_COMPASS


def compass_with_others(names: list[str], options: list[list[GeoEntry]]) -> list[list[GeoEntry]]:
    """A chain's options with a later bare compass name read only in the countries its other names are
    read in, where they are read anywhere: in 'Isiolo town in Eastern Province' Eastern is Kenya's old
    province (which the lists lack), not Sri Lanka's, and in 'Mannar (Mannar, North)' North is Sri
    Lanka's Northern Province, not Hong Kong's North district, though either region would else hold the
    chain. A compass name beside names read nowhere keeps its readings ('Sampur town, Eastern')."""
    kept = []
    for i, (name, group) in enumerate(zip(names, options, strict=True)):
        others = {e.country for j, other in enumerate(options) if j != i for e in other}
        if i > 0 and others and bare_compass(name):
            group = [e for e in group if e.country in others]
        kept.append(group)
    return kept
