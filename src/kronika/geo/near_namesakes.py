"""A town read as the bigger of two namesakes of one country, where the sentence's other town lies by
the smaller: 'the road from Frontera to Villahermosa' is Tabasco's Frontera, not Coahuila's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from kronika.geo.mentions import PlaceMention
from kronika.geo.nearby import NAMESAKE_KM, entries_km

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry

# A namesake this near another town the sentence names is the one meant, where the reading taken lies
# NAMESAKE_KM from every such town.
NEAR_KM: Final = 100.0


def near_namesake(
    best: PlaceMention | None, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> PlaceMention | None:
    """The best mention read as its namesake of the same country that lies within NEAR_KM of another town
    the sentence names, where the reading taken lies more than NAMESAKE_KM from every such town; the best
    mention as it is where no other town is named, or none lies so."""
    if best is None or best.entry.kind != "city":
        return best
    others = [m.entry for m in mentions if m.entry.kind == "city" and m.start != best.start]
    if not others or any(entries_km(best.entry, other) <= NAMESAKE_KM for other in others):
        return best
    namesakes = [e for e in gazetteer.lookup(best.text) if _namesake(e, best.entry)]
    near = [e for e in namesakes if any(entries_km(e, other) <= NEAR_KM for other in others)]
    if len(near) != 1:
        return best
    return PlaceMention(best.start, best.end, best.text, near[0], best.score)


def _namesake(entry: GeoEntry, taken: GeoEntry) -> bool:
    """Whether an entry is another town of the same country as the one taken."""
    return entry.kind == "city" and entry.country == taken.country and entry != taken
