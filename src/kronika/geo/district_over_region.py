"""A Somali note's district town written before a region that does not hold it: the town, in its region.

Notes from Somalia write a village with its district and region, '(Jilib, Middle Shabelle)', and often
name the wrong one of two regions alike (Middle Shabelle for Middle Juba, Lower Juba for Lower Shabelle,
Bakool for Bay). The district is what the coder places the event by: of the training notes writing a
'(District, Region)' whose district town the lists hold in Somalia only outside the region written, all
58 are coded in the district's region (21 of them '(Jilib, Middle Shabelle)'). Elsewhere the region
written is the fact: of the American notes so written, 568 are coded in the region written ('Fulton,
Georgia' is Georgia's county, not Missouri's town of Fulton), so the rule holds only where notes show it.
"""

from __future__ import annotations

from kronika.gazetteer import GeoEntry
from kronika.geo.chain_name import ChainName

# Countries whose notes' district names outrank the region written after them.
DISTRICT_FIRST = frozenset({"SOM"})


def districts_over_regions(
    picks: list[GeoEntry | None], options: list[list[GeoEntry]], names: tuple[ChainName, ...], country: str
) -> list[GeoEntry | None]:
    """A chain's picks with its district read as its country's biggest town of the name, where the
    chain's last name is a region of the country, holding no town of the district's name, and the
    chain read the district as nothing; unchanged outside DISTRICT_FIRST. The district is the name just
    before the region, written bare: a village named so ('Canjeel village, Lower Juba') or a name before
    the district ('Mareerey village (Jilib, Middle Juba)') may be a hamlet whose namesake town lies far off.
    `options` are each name's readings, `picks` what the chain made of them."""
    at = len(options) - 2
    if country not in DISTRICT_FIRST or at < 0 or picks[at] is not None or names[at].settlement:
        return picks
    regions = {e.admin1 for e in options[-1] if e.kind == "admin1" and e.country == country}
    towns = [e for e in options[at] if e.kind == "city" and e.country == country]
    if not regions or not towns or any(t.admin1 in regions for t in towns):
        return picks
    return [*picks[:at], max(towns, key=lambda e: e.population), picks[-1]]
