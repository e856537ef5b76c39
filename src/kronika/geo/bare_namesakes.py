"""The country a bare town name means in a note that tells no country (`data/bare_namesakes.tsv`).

A name that towns of several countries bear is read, where nothing tells the note's country, as the
biggest of them abroad (`geo/resolve.py`). For a few names that is not where the notes that write the
name bare are: Libya's Tripoli is the capital, yet its notes write it after a quarter, '(Tripoli)', or
beside the parties of the war, while Lebanon's notes write 'in Tripoli' with nothing else. The table
gives, for such a name, the country its bare mentions are in.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kronika.gazetteer import GeoEntry
from kronika.geo.names import name_key
from kronika.tables import shipped_text, table_rows

if TYPE_CHECKING:  # chain_text reads names through resolve, which imports this module
    from kronika.geo.chain_text import Chain

TABLE = "data/bare_namesakes.tsv"


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """The name's key -> the alpha-3 code of the country its bare mentions are in."""
    return {name_key(row[1]): row[0].strip() for row in table_rows(shipped_text(TABLE))}


def bare_namesake(key: str, entries: list[GeoEntry]) -> GeoEntry | None:
    """Of the towns a name keyed `key` may be, the one in the country the table gives the name, if any;
    the biggest such town where the country holds several."""
    country = _countries().get(key)
    towns = [e for e in entries if e.kind == "city" and e.country == country]
    return max(towns, key=lambda e: e.population) if towns else None


def bare_in_prose(chain: Chain, options: list[list[GeoEntry]], focus: str | None) -> bool:
    """Whether a chain is only a table name written in prose after words the lists know no place by in
    its countries ('the Seray in Tripoli', 'the Tabbaneh area of Tripoli'): it tells no more than the name
    written bare, which is read as such, unless the note is about another country that has a place of the
    name. In brackets after a quarter ('Hadba (Tripoli)') the name is a region, as Libyan notes write
    their capital's."""
    last = chain.names[-1]
    countries = {e.country for e in options[-1]}
    if len(chain.names) < 2 or last.bracketed or any(e.country in countries for g in options[:-1] for e in g):
        return False  # a name before it read in a country of the last name's says more ('Hadba in Tripoli')
    town = bare_namesake(name_key(last.text), options[-1])
    return town is not None and focus in (None, town.country)
