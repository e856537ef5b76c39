"""Same-named towns of one region, told apart by the place a chain names after them.

A region often holds several villages of one name ('Opytne, Donetsk': two Opytnes in Donetsk region;
'Shibganj (Nawabganj, Rajshahi)': a Shibganj in two districts of Rajshahi). The biggest is no better a
guess than any other; a chain that goes on to name a town or district ('Nawabganj', or 'Donetsk' read
as its city) tells which: the one nearest it. Counted on training notes (May 2020 notes 0..1600 and
the extra notes 0..2000, outside the USA): the nearest was within 25 km of the coded point where the
biggest was not 6 times, the reverse once. A region alone (no town or district reading of a later
name) gives no anchor: its seat as one was wrong both times it decided.
"""

from __future__ import annotations

from kronika.gazetteer import GeoEntry
from kronika.geo.nearby import distance_km

SPREAD_KM = 25.0  # namesakes closer than this together are one place as far as the point goes
_ANCHOR_KINDS = frozenset({"city", "admin2"})


def anchors(later: list[list[GeoEntry]], country: str) -> list[GeoEntry]:
    """The town and district readings, in the chain's country, of the names written after a name."""
    return [
        e
        for group in later
        for e in group
        if e.country == country and e.kind in _ANCHOR_KINDS and e.lat is not None and e.lon is not None
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
    return min(placed, key=lambda e: (_km(e, anchor), -e.population))


def _spread(entries: list[GeoEntry]) -> float:
    """The greatest distance between two of the entries."""
    return max(_km(a, b) for a in entries for b in entries)


def _km(a: GeoEntry, b: GeoEntry) -> float:
    """Distance between two entries with coordinates."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return distance_km(a.lat, a.lon, b.lat, b.lon)
