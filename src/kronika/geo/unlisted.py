"""Towns the gazetteer lacks, written with their region ('in Vanduser, Missouri', 'TROY, W.Va. —'): the
name as written, placed in that region, without coordinates."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import TYPE_WORDS, ChainName, ChainPlace
from kronika.geo.local import street_name
from kronika.geo.names import name_key
from kronika.model import Place

MAX_WORDS = 3  # a town's name is short: longer runs of capitals are titles, names of groups or headlines
_LOCATIVE = frozenset({"in", "at", "near", "outside"})
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.\-]*")


def written_region(gazetteer: Gazetteer, text: str) -> GeoEntry | None:
    """The first-level region a word after a town names: an abbreviation ('W.Va.', 'Ind.') or the
    region's full name ('Missouri'); None for anything else."""
    abbreviated = gazetteer.abbreviation(text)
    if abbreviated is not None:
        return abbreviated
    regions = gazetteer.lookup(text, kind="admin1")
    return next((r for r in regions if name_key(r.name) == name_key(text)), None)


def unlisted_town(gazetteer: Gazetteer, name: str, region: GeoEntry) -> Place | None:
    """The town `name` in `region` where the gazetteer knows no town, district or region so called there
    (it would have been read as that); None for a name that does not look like a town's, or names a
    division ('Milton Township': local news files such places under their county)."""
    words = name.split()
    if not 0 < len(words) <= MAX_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w.lower().strip(".") in TYPE_WORDS for w in words):
        return None
    known = gazetteer.lookup(name, country=region.country)
    if any(e.admin1 == region.admin1 or e.kind == "country" for e in known):
        return None
    written = name.title() if name.isupper() else name  # 'TROY' in a dateline is Troy
    return Place(written, region.country, region.admin1, None, None, "city")


def unlisted_chain_town(gazetteer: Gazetteer, place: ChainPlace, text: str, offset: int) -> Place | None:
    """For a chain read as a region because the name before the region's is unknown ('shot in Vanduser,
    Missouri'; 'on Bugg Street in Vanduser, Missouri'), that name as a town of the region, where it
    stands after 'in', 'at', 'near' or 'outside' and is no street, county or agency. `text` starts at
    `offset` in the article."""
    names = place.chain.names
    if place.entry.kind != "admin1" or len(names) < 2 or not _plain(names[-2]):
        return None
    town = names[-2]
    before = text[: town.start - offset].split()[-1:]
    if not before or before[0].lower() not in _LOCATIVE:
        return None
    if street_name(text, town.start - offset, town.end - offset):
        return None
    region = written_region(gazetteer, names[-1].text)
    if region is None or (region.country, region.admin1) != (place.entry.country, place.entry.admin1):
        return None
    return unlisted_town(gazetteer, town.text, region)


def _plain(name: ChainName) -> bool:
    """Whether a chain name is written as a bare name, not as a county, district, region or agency."""
    return not (name.county or name.district or name.admin1_hint or name.agency)
