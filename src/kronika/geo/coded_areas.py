"""Areas coders file as a first-level region of their own where the region lists fold them into a
neighbour: the Abyei Area, disputed between Sudan and South Sudan, is 'Abyei PCA Area' in ACLED's coding
(after the Permanent Court of Arbitration's 2009 ruling on its borders), not West or South Kordofan."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kronika.geo.nearby import distance_km
from kronika.model import Place


@dataclass(frozen=True)
class CodedArea:
    """An area with its own region in the coding: its name, the countries that claim it, its centre and
    the radius within which a town lies in it."""

    admin1: str
    countries: frozenset[str]
    lat: float
    lon: float
    radius_km: float


# Abyei town's point; the area reaches about 45 km round it (Agok in the south, Diffra in the north).
AREAS = (CodedArea("Abyei PCA Area", frozenset({"SDN", "SSD"}), 9.60, 28.44, 45.0),)


def in_coded_area(place: Place | None) -> Place | None:
    """`place` under its area's region where it is a town or district lying in such an area; anything
    else unchanged."""
    if place is None or place.lat is None or place.lon is None or place.precision in ("country", "admin1"):
        return place
    for area in AREAS:
        near = distance_km(place.lat, place.lon, area.lat, area.lon) <= area.radius_km
        if place.country in area.countries and near:
            return replace(place, admin1=area.admin1)
    return place
