"""A town read before a bracket of the units its coder filed it under ('Kyavinyonge (Beni, Nord-Kivu)'):
a town of that district, not a part of the big city the district is named after."""

from __future__ import annotations

from kronika.gazetteer import GeoEntry
from kronika.geo.chain_text import Chain
from kronika.geo.names import name_key
from kronika.geo.nearby import entries_km

# A district or county a bracket names spans no more than this from the city it is named after: a town of
# the chain's first name farther off is a namesake, and the name a quarter of the city (chain_parts).
UNIT_SPAN_KM = 150.0


def in_bracketed_unit(
    chain: Chain, picks: list[GeoEntry | None], entry: GeoEntry | None, options: list[list[GeoEntry]]
) -> bool:
    """Whether the entry is read by its own name before a bracket of units, the unit its region holds
    ('Kyavinyonge (Beni, Nord-Kivu)', 'Julian (San Diego, California)'): the bracket names the district
    and the region the coder filed the town under, so the town lies in that district, not in the big city
    the district is named after, so long as it lies in that region within UNIT_SPAN_KM of the city or of
    the listed district of the name there ('Pascagoula (Jackson, Mississippi)': Jackson County, not the
    city). A quarter whose namesake is a far town ('Mission Hills (Los Angeles, California)') still reads
    at the city."""
    if entry is None or entry not in picks:
        return False
    at = picks.index(entry)
    if at + 2 >= len(picks) or name_key(entry.name) != name_key(chain.names[at].text):
        return False
    unit, region = picks[at + 1], picks[at + 2]
    return (
        unit is not None
        and region is not None
        and chain.names[at + 1].bracketed
        and region.kind == "admin1"
        and name_key(unit.name) != name_key(entry.name)
        and entry.country == unit.country == region.country
        and entry.admin1 == unit.admin1 == region.admin1
        and any(entries_km(entry, e) <= UNIT_SPAN_KM for e in [unit, *_districts_in(options[at + 1], entry)])
    )


def _districts_in(group: list[GeoEntry], entry: GeoEntry) -> list[GeoEntry]:
    """A name's readings as a district of the entry's own region."""
    return [e for e in group if e.kind == "admin2" and (e.country, e.admin1) == (entry.country, entry.admin1)]
