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
from kronika.geo.named_sites import NamedSite, line_town, read_sites
from kronika.model import Place

# A capitalised word or two, as a country's name or demonym is written ('Uganda', 'South Sudanese')
_NAME = re.compile(r"\b[A-Z][\w'’.]*(?:\s+[A-Z][\w'’]*)?")


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
            and names_country(text, place.country, gazetteer)
        ):
            continue
        town = line_town(theatre, gazetteer)
        if town is not None:
            return town
    return None


# Plain text, not the parsed doc as geo/untagged_countries.py: the paragraph is no span; tags do not count
def names_country(text: str, iso3: str | None, gazetteer: Gazetteer) -> bool:
    """Whether `text` writes the country `iso3` by its name, short name or demonym ('Ugandan troops')."""
    if iso3 is None:
        return False
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        for written in (match.group(0), words[0]):
            entry = gazetteer.country(written.rstrip("."))
            if entry is not None and entry.country == iso3:
                return True
    return False
