"""Places by distance: the larger town a neighbourhood belongs to, and namesakes near a dateline."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Protocol

from kronika.geo.build import GazetteerData, Row

if TYPE_CHECKING:
    from kronika.gazetteer import GeoEntry
    from kronika.model import Place

CELL_DEG = 0.25  # grid cell for neighbour search; bigger than NEIGHBOURHOOD_KM at every latitude we need
NEIGHBOURHOOD_KM = 12.0  # a place this close to a much larger town of its region is part of that town
MIN_TOWN_RATIO = 5  # 'much larger': at least this many times the population
MIN_TOWN_POP = 100_000  # only a city this big has neighbourhoods that reports name instead of it
MAX_NEIGHBOURHOOD_POP = 500_000  # a place this big is a city of its own (Brooklyn stays Brooklyn)
# A US county is some 30-60 km across: the gazetteer does not say which county a town lies in, so a town of
# the county's state this near its centre (weighted by its towns) is taken to lie in it
COUNTY_KM = 35.0
# A sentence names towns that lie together: a town read this far from another it names (a state or two
# away) is a namesake of the one meant ('El Salam' of Darfur is some 900 km from Khartoum)
NAMESAKE_KM = 300.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


class _Located(Protocol):
    """Anything with a point: a gazetteer entry, a place."""

    @property
    def lat(self) -> float | None: ...

    @property
    def lon(self) -> float | None: ...


def _located_km(a: _Located, b: _Located) -> float:
    """Distance between two points, infinite where either lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def entries_km(a: GeoEntry, b: GeoEntry) -> float:
    """Distance between two gazetteer entries, infinite where either lacks coordinates."""
    return _located_km(a, b)


def places_km(a: Place, b: Place) -> float:
    """Distance between two places, infinite where either lacks coordinates."""
    return _located_km(a, b)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """The grid cell of a point."""
    return (math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG))


def add_towns(data: GazetteerData) -> None:
    """For each small city row, the nearest much larger city of the same region within NEIGHBOURHOOD_KM."""
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    cities = [i for i, r in enumerate(data.rows) if r[1] == "city" and r[4] is not None and r[5] is not None]
    towns = [i for i in cities if data.rows[i][6] >= MIN_TOWN_POP]
    for i in sorted(towns, key=lambda i: -data.rows[i][6]):  # biggest first, so a search can stop early
        grid[_cell(data.rows[i][4], data.rows[i][5])].append(i)  # type: ignore[arg-type]
    for i in cities:
        row = data.rows[i]
        if row[6] >= MAX_NEIGHBOURHOOD_POP:
            continue
        town = _nearest_town(data, grid, row)
        if town is not None:
            data.towns[i] = town


def _nearest_town(data: GazetteerData, grid: dict[tuple[int, int], list[int]], row: Row) -> int | None:
    """The nearest row in the 3x3 cells around `row` that is much larger, in its region and close enough."""
    lat, lon = row[4] or 0.0, row[5] or 0.0
    ci, cj = _cell(lat, lon)
    best: tuple[float, int] | None = None
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            for j in grid.get((ci + di, cj + dj), []):
                other = data.rows[j]
                if other[6] < MIN_TOWN_RATIO * max(row[6], 1):
                    break  # the rest of the cell is smaller still
                if other[2:4] != row[2:4]:
                    continue
                km = distance_km(lat, lon, other[4] or 0.0, other[5] or 0.0)
                if km <= NEIGHBOURHOOD_KM and (best is None or km < best[0]):
                    best = (km, j)
    return best[1] if best else None
