"""Where a note naming no finer place than a country is set by the group, people or area it names that
fights or lies in one region alone (the 'theatre' lines of `data/named_sites.tsv`, which
`geo/named_sites.py` reads): 'LRA attacks and abducts civilians' is Western Equatoria's, 'SPLM-N shelled
the town' South Kordofan's.

Coders place such notes at a point in the region the group fights in, never at the capital; the
pipeline had only the country (the LRA's own: Uganda), which puts them at the capital. A note that names
another country than the line's lands is left alone (an LRA raid told in Congo stays Congo's).
"""

from __future__ import annotations

import re
from functools import cache

from kronika.gazetteer import Gazetteer
from kronika.geo.country_words import text_countries
from kronika.geo.named_sites import NamedSite, line_town, read_sites
from kronika.model import Place


@cache
def _patterns(text: str | None = None) -> tuple[tuple[NamedSite, re.Pattern[str]], ...]:
    """Each theatre line, in the table's order, with its names as one pattern, case kept ('SLA' is no word
    'sla'), whole words ('SLA-MM' is the SLA's own faction)."""
    return tuple(
        (t, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in t.names) + r")(?!\w)"))
        for t in read_sites(text, kind="theatre")
    )


def theatre_town(
    text: str, place: Place | None, gazetteer: Gazetteer, table: str | None = None
) -> Place | None:
    """The town of the first line of the table whose names `text` writes, where `place` (what the note
    gave so far) is none or a country that is one of the line's lands, or a country the text does not
    name (read from an armed group's home); None where no line holds, or the town is not in the lists."""
    if place is not None and place.precision != "country":
        return None
    for theatre, pattern in _patterns(table):
        if pattern.search(text) is None:
            continue
        if (
            place is not None
            and place.country not in theatre.lands
            # a country the text names, its name shared with a region or not: the place is that
            # country already, the words only confirm it
            and place.country in text_countries(text, gazetteer, pairs=True, shared_names=True)
        ):
            continue
        town = line_town(theatre, gazetteer)
        if town is not None:
            return town
    return None
