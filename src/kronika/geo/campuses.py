"""The town of a university named after no town ('Moi University', 'Maasai Mara University'), where a note
names no other place (`data/named_campuses.tsv`).

Student protests are often told by the university alone ('Egerton University students rioted over fees').
A university named after its town places the event there by that name (`geo/town_bodies.py`); one named
after a person, a people or a region names no town, so the note got no place, or a wrong one where the
name is a place's too (Pwani, Tanzania's region; Kenyatta). The table gives each such university's town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.model import Place
from kronika.tables import shipped_text, table_rows

TABLE = "data/named_campuses.tsv"


@dataclass(frozen=True)
class NamedCampus:
    """One line of the table: the university's country, its names, and its town with that town's region."""

    iso3: str
    names: tuple[str, ...]
    town: str
    admin1: str


def read_campuses(text: str | None = None) -> tuple[NamedCampus, ...]:
    """The table's lines (`text` stands in for the shipped table in tests)."""
    rows = table_rows(shipped_text(TABLE) if text is None else text)
    return tuple(
        NamedCampus(iso3, tuple(n.strip() for n in names.split(";")), town, admin1)
        for iso3, names, town, admin1 in rows
    )


@cache
def _pattern() -> re.Pattern[str]:
    """The shipped table's names, longest first, as one pattern (group 1: the name written)."""
    names = sorted((n for c in read_campuses() for n in c.names), key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(n) for n in names)})\b", re.IGNORECASE)


@cache
def _by_name() -> dict[str, NamedCampus]:
    """The shipped table's lines by the name key of each of their names."""
    return {name_key(n): c for c in read_campuses() for n in c.names}


def campus_town(sentence: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the first university of the table the sentence names, where it lies in the focus
    country (if the article has one); None where it names none."""
    for named in _pattern().finditer(sentence):
        campus = _by_name()[name_key(named.group(1))]
        if focus is not None and campus.iso3 != focus:
            continue
        towns = gazetteer.lookup(campus.town, kind="city", country=campus.iso3)
        towns = [e for e in towns if name_key(e.admin1 or "") == name_key(campus.admin1)]
        if towns:
            return towns[0].to_place()
    return None
