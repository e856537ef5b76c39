"""Place names a plain lookup misreads for a word inside them: a possessive that is part of the name
('Cox's Bazar'), the headquarters word of a South Asian sub-district ('Jessore Sadar') and a unit's type
word only one country uses ('Sadar upazila' is Bangladeshi, whatever towns abroad are called Sadar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kronika.gazetteer import Gazetteer, GeoEntry

if TYPE_CHECKING:
    from kronika.geo.chain_text import ChainName

# 'Sadar' (headquarters) names the sub-district around a district's own town: 'Jessore Sadar upazila'
# is the part of Jessore district its town Jessore governs.
HEADQUARTERS_WORDS = frozenset({"sadar", "sader", "sadr"})
# Type words of units only one country has, with its alpha-3: a name so typed lies in that country.
NATIONAL_TYPES = {"upazila": "BGD", "upazilla": "BGD", "upozila": "BGD"}


def in_national_unit(found: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """The readings of a name in the country its national type word names ('Sadar upazila'), all of
    them where it has none."""
    return [e for e in found if e.country == name.national] if name.national else found


def compound_entries(gazetteer: Gazetteer, name: ChainName) -> list[GeoEntry]:
    """Entries with coordinates for a chain name read whole past its possessive, where the gazetteer
    lists it so ('Cox's Bazar', not 'Beirut's Barbir'); else, for a headquarters sub-district, the
    district's town ('Jessore Sadar': Jessore), or the district where no town has its name; else none."""
    if name.owned:
        found = _located(gazetteer.lookup(name.owned))
        if found:
            return found
    words = name.text.split()
    if len(words) < 2 or words[-1].lower() not in HEADQUARTERS_WORDS or _located(gazetteer.lookup(name.text)):
        return []
    found = _located(gazetteer.lookup(" ".join(words[:-1])))
    return [e for e in found if e.kind == "city"] or found


def _located(entries: list[GeoEntry]) -> list[GeoEntry]:
    """The entries that have coordinates."""
    return [e for e in entries if e.lat is not None]
