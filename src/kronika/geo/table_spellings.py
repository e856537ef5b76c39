"""A name our town tables give a town of one country, read there over a town abroad spelt otherwise.

The lists file other spellings under a town ('Fora' under Afghanistan's Farah, 'Kaima' under Nigeria's
Kaiama, 'Soda' under Yemen's Sa'dah). A note that names no country and writes 'gunmen shot a herder in
Fora' is read at the biggest town of the name abroad, so at Farah; yet our tables (`data/listed_towns.tsv`
and `data/coder_villages.tsv`, made from the names coders place events at) hold a town of that very
name in another country, which is the notes' own. Such a town is read over namesakes abroad that bear
the name only as another spelling, never over one that bears it as its own name ('Bagre', Brazil's town
as much as Burkina Faso's village).
"""

from __future__ import annotations

from functools import lru_cache

from kronika.gazetteer import GeoEntry
from kronika.geo.coder_villages import TABLE as CODER_TABLE
from kronika.geo.listed_towns import TABLE as LISTED_TABLE
from kronika.geo.listed_towns import counts_as_rival, read_listed_towns
from kronika.geo.names import name_key


@lru_cache(maxsize=1)
def _table_names() -> dict[str, frozenset[str]]:
    """Every key of a name the town tables write -> the countries of the towns so named."""
    keys: dict[str, set[str]] = {}
    for table in (LISTED_TABLE, CODER_TABLE):
        for town in read_listed_towns(table=table):
            for key in town.keys:
                keys.setdefault(key, set()).add(town.iso3)
    return {key: frozenset(countries) for key, countries in keys.items()}


def table_town(key: str, entries: list[GeoEntry]) -> GeoEntry | None:
    """Of a name's readings (`entries`, the name keyed `key`), the biggest town of a country whose
    tables write the name, where readings elsewhere (hamlets aside, `counts_as_rival`) bear the name only
    as another spelling; None otherwise, and where no reading lies elsewhere."""
    countries = _table_names().get(key)
    if not countries:
        return None
    own = [e for e in entries if e.kind == "city" and e.country in countries]
    abroad = [e for e in entries if e.country not in countries and counts_as_rival(e)]
    if not own or not abroad or any(name_key(e.name) == key for e in abroad):
        return None  # with no town abroad to mistake it for, a small town alone tells nothing
    return max(own, key=lambda e: e.population)
