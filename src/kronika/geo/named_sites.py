"""The town of a site named after no town, a university ('Moi University', 'Maasai Mara University'), a
refugee camp ('Hagadera', 'Ifo camp'), an area no list holds as a unit ('Darfur', 'the Nuba Mountains') or
a militia known on one mountain ('SLDF'), where a note names no other place (`data/named_sites.tsv`).

Student protests are often told by the university alone ('Egerton University students rioted over fees'),
and attacks in Kenya's refugee camps by the camp alone. A university named after its town places the
event there by that name (`geo/town_bodies.py`); one named after a person, a people or a region names no
town, so the note got no place, or a wrong one where the name is a place's too (Pwani, Tanzania's region).
A camp's note most often names its refugees' country ('Somali refugees in Ifo camp'), which then wins the
article's focus, so a site is read in its own country whatever the focus: each name is the site's alone.
The table holds the theatres' lines too (`geo/theatres.py`): this module reads it for both, and gives each
line's town (`line_town`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.model import Place
from kronika.tables import shipped_text, table_rows

TABLE = "data/named_sites.tsv"
# An area's name opening a body's name ('the Darfur Students Association', 'the Darfur Regional Authority')
# names the body, which may sit anywhere (in Khartoum, most often); a site's own bodies ('Moi University
# Students Association') stay at the site, so only a name that is no institution's is read so.
_BODY_WORD = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)*(?:Students?|Regional|Authority|Association|Joint|Bar|Peace|Union|Movement|"
    r"Liberation|Forum|Council|Committee|Network|Front)\b"
)
# A compass word written right before a name, which may make a region of it ('South Darfur')
_COMPASS_BEFORE = re.compile(r"\b(North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+$", re.I)
_INSTITUTION = re.compile(
    r"\b(?:University|College|Hospital|camp|Camp|Mall|Park|Airport|Square|Mosque|Centre|Center|Masjid)\b"
)


# How a line's names are read: a site's in its sentence (here), a theatre's in its paragraph (geo/theatres.py)
Kind = Literal["site", "theatre"]


@dataclass(frozen=True)
class NamedSite:
    """One line of the table: how its names are read, its country, its names, its town with that town's
    region, and (a theatre's only) the countries a note may be filed in for the line to hold."""

    kind: Kind
    iso3: str
    names: tuple[str, ...]
    town: str
    admin1: str
    lands: frozenset[str] = frozenset()


def read_sites(text: str | None = None, kind: Kind | None = None) -> tuple[NamedSite, ...]:
    """The table's lines of that kind, or all (`text` stands in for the shipped table in tests)."""
    lines = [_line(row) for row in table_rows(shipped_text(TABLE) if text is None else text)]
    return tuple(line for line in lines if kind is None or line.kind == kind)


def _line(row: list[str]) -> NamedSite:
    """One row of the table as its line; a theatre's row must give its lands."""
    kind, iso3, names, town, admin1, *rest = row
    if (kind, len(rest)) not in (("site", 0), ("theatre", 1)):
        raise ValueError(f"{TABLE}: a line of an unknown kind, or lands not on a theatre's line alone: {row}")
    lands = frozenset(rest[0].split(",")) if rest else frozenset()
    names_written = tuple(n.strip() for n in names.split(";"))
    return NamedSite("site" if kind == "site" else "theatre", iso3, names_written, town, admin1, lands)


def line_town(line: NamedSite, gazetteer: Gazetteer) -> Place | None:
    """The line's town, the one of its name in the line's country and region; None where the lists lack
    it."""
    towns = gazetteer.lookup(line.town, kind="city", country=line.iso3)
    towns = [e for e in towns if name_key(e.admin1 or "") == name_key(line.admin1)]
    return towns[0].to_place() if towns else None


@cache
def _pattern() -> re.Pattern[str]:
    """The shipped table's site names, longest first, as one pattern (group 1: the name written)."""
    names = sorted((n for c in read_sites(kind="site") for n in c.names), key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(n) for n in names)})\b", re.IGNORECASE)


@cache
def _by_name() -> dict[str, NamedSite]:
    """The shipped table's site lines by the name key of each of their names."""
    return {name_key(n): c for c in read_sites(kind="site") for n in c.names}


def site_town(sentence: str, gazetteer: Gazetteer) -> Place | None:
    """The town of the first site of the table the sentence names; None where it names none (an area
    named only as the opening of a body's name is none)."""
    for named in _pattern().finditer(sentence):
        if _opens_body(named, sentence):
            continue
        site = _by_name()[name_key(named.group(1))]
        region = _compass_region(named, sentence, site, gazetteer)
        if region is not None:  # 'in Sudans South Darfur State': the state, not Darfur's old seat
            return region
        town = line_town(site, gazetteer)
        if town is not None:
            return town
    return None


def site_over_its_name(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The town of a site of the table the sentence names, where the place was read from a word of the
    site's own name ('Carmichael College' is Rangpur's, not Carmichael, California; 'Jahangirnagar
    University' is at Savar, not a village Jahangirnagar), or no finer than the site's country; else the
    place as it is."""
    for named in _pattern().finditer(sentence):
        if _opens_body(named, sentence):
            continue
        site = _by_name()[name_key(named.group(1))]
        inside = f" {name_key(place.name)} " in f" {name_key(named.group(1))} "
        if inside or (place.precision == "country" and place.country == site.iso3):
            region = _compass_region(named, sentence, site, gazetteer)
            return region or site_town(named.group(1), gazetteer) or place
    return place


def _compass_region(
    named: re.Match[str], sentence: str, site: NamedSite, gazetteer: Gazetteer
) -> Place | None:
    """The first-level region of the site's country that a compass word before the area's name makes of it
    ('South Darfur', where the parser left the state unread: 'in Sudans South Darfur State'); None where
    the words make no region ('East Jebel Marra' is the massif's side)."""
    compass = _COMPASS_BEFORE.search(sentence, 0, named.start())
    if compass is None:
        return None
    found = gazetteer.lookup(f"{compass.group(1)} {named.group(1)}", kind="admin1", country=site.iso3)
    return found[0].to_place() if found else None


def _opens_body(named: re.Match[str], sentence: str) -> bool:
    """Whether a matched name that is no institution's opens a body's name: 'Darfur Students Association'."""
    return not _INSTITUTION.search(named.group(1)) and bool(_BODY_WORD.match(sentence, named.end()))
