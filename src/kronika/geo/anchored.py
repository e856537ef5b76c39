"""Same-named towns of one region, told apart by the place a chain names after them.

A region often holds several villages of one name ('Opytne, Donetsk': two Opytnes in Donetsk region;
'Shibganj (Nawabganj, Rajshahi)': a Shibganj in two districts of Rajshahi). The biggest is no better a
guess than any other; a chain that goes on to name a town or district ('Nawabganj', or 'Donetsk' read
as its city) tells which: the one nearest it. Counted on training notes (May 2020 notes 0..1600 and
the extra notes 0..2000): where the two differ, the nearest was within 25 km of the coded point and
the biggest not 6 times, the reverse once (Lekki, listed twice). A region alone (no town or district
reading of a later name) gives no anchor: its seat as one was wrong both times it decided; nor does a
county only named like the region ('Texas County' for 'Houston (Texas)'), nor a name of two regions.
"""

from __future__ import annotations

from kronika.gazetteer import GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import entries_km

SPREAD_KM = 25.0  # namesakes closer than this together are one place as far as the point goes
_ANCHOR_KINDS = frozenset({"city", "admin2"})


def anchors(
    later: list[list[GeoEntry]],
    names: list[str],
    country: str,
    regions: frozenset[str | None],
    own: str = "",
) -> list[GeoEntry]:
    """The town and district readings of the first name written after a name `own` (`later`, read
    from `names`) that has any carrying the name as written and lying in a first-level region the
    chain names: 'Texas' anchors no Texas County, which lies in Missouri. The nearest name written is
    the finest unit: in 'Shibganj city (Bogra, Rajshahi)' the district Bogra anchors, not the town of
    the division named after it; and a unit named after the town itself, written first in its bracket
    ('Shibganj (Shibganj, Nawabganj)': the upazila, then its district), anchors nothing. A name that
    is also a region anchors only by its town in that region ('Donetsk'), and a name of two regions
    not at all ('Washington': the state, or the capital's district, where the town lies)."""
    for group, name in zip(later, names, strict=True):
        if own and name_key(name) == name_key(own):
            continue
        found = _anchors_of(group, name, country, regions)
        if found:
            return found
    return []


def own_regions(group: list[GeoEntry], country: str) -> frozenset[str | None]:
    """The first-level regions of a name's towns in the chain's country: where a chain names no region
    ('Shibganj, Nawabganj'), a later town anchors only in a region that holds one of the name's towns."""
    return frozenset(e.admin1 for e in group if e.country == country and e.kind in _ANCHOR_KINDS)


def _anchors_of(
    group: list[GeoEntry], name: str, country: str, regions: frozenset[str | None]
) -> list[GeoEntry]:
    """The town and district readings of one later name that may anchor (see `anchors`)."""
    own = {e.admin1 for e in group if e.kind == "admin1" and e.country == country}
    if len(own) > 1:
        return []
    return [
        e
        for e in group
        if e.country == country
        and e.kind in _ANCHOR_KINDS
        and e.admin1 in (own or regions)
        and name_key(e.name) == name_key(name)
        and e.lat is not None
        and e.lon is not None
    ]


def nearest_namesake(found: list[GeoEntry], near: list[GeoEntry], regions: set[str | None]) -> GeoEntry:
    """Of same-named entries, the biggest; but where they lie far apart and a later name of the chain
    reads as a town or district of the named regions, the one nearest that (the biggest such) place."""
    biggest = max(found, key=lambda e: e.population)
    placed = [e for e in found if e.lat is not None and e.lon is not None]
    inside = [a for a in near if not regions or a.admin1 in regions]
    if len(placed) < 2 or not inside or _spread(placed) <= SPREAD_KM:
        return biggest
    anchor = max(inside, key=lambda a: a.population)
    return min(placed, key=lambda e: (entries_km(e, anchor), -e.population))


def _spread(entries: list[GeoEntry]) -> float:
    """The greatest distance between two of the entries."""
    return max(entries_km(a, b) for a in entries for b in entries)
