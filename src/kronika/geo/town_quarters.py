"""A quarter or village written as one of the town after it ('the Afgooye neighbourhood of Mogadishu city',
'Kurigram area in Rangpur city'): read near that town, never at a namesake of its name some way off."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kronika.geo.nearby import entries_km

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry
    from kronika.geo.chain_name import ChainName
    from kronika.geo.chain_text import Chain

# A town's quarter lies within its built-up area: a reading of the quarter's name farther from the town
# than this is another place (the town of Afgooye, 27 km from Mogadishu, is no quarter of it).
QUARTER_KM = 15.0
# What stands between a quarter and its town: its type word, then 'in' or 'of' ('the Shyamoli area of
# Dhaka city', 'the Nilphamari neighborhood in Rangpur town'); a village written as one of a town
# ('Afgooye village in Mogadishu town') lies by it too, not at a namesake farther off.
_QUARTER_OF = re.compile(
    r"^\s+(?:neighbou?rhood|area|locality|village)s?\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE
)


def quarter_before(between: str, town: ChainName) -> bool:
    """Whether the text between two names of a chain makes the first a quarter of the second, a name the
    chain calls a town or city (not a village: 'Bakri area of Kotla village' may be the village's land)."""
    return town.settlement and not town.village and _QUARTER_OF.match(between) is not None


def quarter_town(
    gazetteer: Gazetteer, chain: Chain, picks: list[GeoEntry | None], entry: GeoEntry | None
) -> GeoEntry | None:
    """For an entry read from a name the chain writes as a quarter of the town after it: the namesake of the
    quarter lying by that town, else the town itself where the reading lies farther off (the lists hold
    few quarters); any other entry as it is."""
    if entry is None or entry not in picks:
        return entry
    at = picks.index(entry)
    town = picks[at + 1] if at + 1 < len(picks) else None
    if not chain.names[at].quarter or town is None or town.kind != "city":
        return entry
    if entries_km(entry, town) <= QUARTER_KM:
        return entry
    near = [
        e
        for e in gazetteer.lookup(entry.name, kind="city", country=town.country)
        if entries_km(e, town) <= QUARTER_KM
    ]
    return near[0] if near else town
