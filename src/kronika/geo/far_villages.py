"""A small village a sentence names far from the district or town it also names is a namesake: the
sentence's district or town places the event ('the Chapai Nawabganj district's Tarapur village' is not
the Tarapur union 170 km off in Rangpur).

The lists hold many small villages (and Bangladesh's unions, `unions.py`), whose names recur across a
country. Where the village the lists know lies far from every town or district the same sentence names,
the village the note means is another of that name, which the lists lack; the named district or town,
which holds it, is the better point.
"""

from __future__ import annotations

from kronika.geo.listed_towns import MIN_RIVAL_TOWN
from kronika.geo.mentions import PlaceMention
from kronika.geo.nearby import distance_km

FAR_KM = 50.0  # a district's town and its villages lie closer than this


def village_or_district(best: PlaceMention | None, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The best mention, unless it is a small village lying over FAR_KM from every bigger town or
    district of its country the sentence names: then the best-scored of those."""
    if best is None or best.entry.kind != "city" or best.entry.population >= MIN_RIVAL_TOWN:
        return best
    holders = [
        m
        for m in mentions
        if m.entry.kind in ("city", "admin2")
        and m.entry.country == best.entry.country
        and m.entry.population > best.entry.population
        and m.entry.lat is not None
        and m.entry.lon is not None
    ]
    if not holders or any(_km(best, m) <= FAR_KM for m in holders):
        return best
    return holders[0]  # mentions come best first


def _km(a: PlaceMention, b: PlaceMention) -> float:
    """How far apart two mentions' places lie."""
    return distance_km(a.entry.lat or 0.0, a.entry.lon or 0.0, b.entry.lat or 0.0, b.entry.lon or 0.0)
