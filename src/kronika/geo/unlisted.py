"""Towns the gazetteer lacks, written with their region ('in Vanduser, Missouri', 'TROY, W.Va. —'): the
name as written, placed in that region, at its post office's point where an American state has one of
its name (`geo/zip_towns.py`), else without coordinates."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_resolve import ChainPlace, resolve_chain
from kronika.geo.chains import TYPE_WORDS, Chain, ChainName, find_chains
from kronika.geo.local import after_address, hospital_town, street_name
from kronika.geo.names import name_key, strip_region_type
from kronika.geo.zip_towns import has_post_office, zip_town
from kronika.model import Place
from kronika.nlp import doc_text, entities

_DIVISION_WORDS = frozenset({"borough", "boro"})  # 'Mt. Oliver Borough': a municipality, as a township is
MIN_STOPPED_WORD = 4  # 'Mt.', 'Ft.', 'Ste.': shorter words ending in a full stop are abbreviations
MAX_WORDS = 3  # a town's name is short: longer runs of capitals are titles, names of groups or headlines
_LOCATIVE = frozenset({"in", "at", "near", "outside"})
# Words for a day, which local news writes straight after the place: 'shot in Ironto Friday night'
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thanksgiving",
     "christmas", "easter", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"}
)  # fmt: skip
HOME_CONTEXT = 100  # characters before a town read for the address it follows
_OF_ADDRESS = re.compile(r"\bof\s+\d+(?:\s+[A-Z0-9][\w.'’\-]*){1,5},\s*$")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.\-]*")
# spaCy's tags for an unknown town after 'in' (it often takes one for a person); a name it tags as an
# organisation, a building or a date ('in Walmart', 'in Dillard Hall') is none
NOT_TOWN_LABELS = frozenset({"ORG", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# 'in the Mayberry community, west of Ironto', '18 miles south of Ironto': a county story places its scene
# by the bearing from the nearest town, which the archive and coders give as the place
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:east|west)?\s+of\s+$", re.IGNORECASE)
BEARING_CONTEXT = 20  # characters before a name read for the bearing it follows
# A listed city this big in another state is the one a county story means by a name its own state's
# lists and post offices lack ('airlifted to a hospital in Shreveport'), not a hamlet of the county
ELSEWHERE_CITY = 50_000


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
    if any(w.lower().strip(".") in TYPE_WORDS | _DIVISION_WORDS for w in words):
        return None
    known = gazetteer.lookup(name, country=region.country)
    if any(e.admin1 == region.admin1 or e.kind == "country" for e in known):
        return None
    written = name.title() if name.isupper() else name  # 'TROY' in a dateline is Troy
    # placed at its post office's ZIP codes where the state has one of its name ('Summerton', SC)
    return zip_town(Place(written, region.country, region.admin1, None, None, "city"))


def unlisted_chain_town(gazetteer: Gazetteer, place: ChainPlace, text: str, offset: int) -> Place | None:
    """For a chain read as a region because the name before the region's is unknown ('shot in Vanduser,
    Missouri'; 'on Bugg Street in Vanduser, Missouri'), that name as a town of the region, where it
    stands after 'in', 'at', 'near' or 'outside' or after a street address ('at 410 Bugg Street,
    Vanduser, Missouri') and is no street, county or agency. `text` starts at
    `offset` in the article."""
    names = place.chain.names
    if place.entry.kind != "admin1" or len(names) < 2 or not _plain(names[-2]):
        return None
    town = names[-2]
    before = text[: town.start - offset].split()[-1:]
    located = bool(before) and before[0].lower() in _LOCATIVE
    if not (located or after_address(text, town.start - offset)):
        return None
    if street_name(text, town.start - offset, town.end - offset):
        return None
    region = written_region(gazetteer, names[-1].text)
    if region is None or (region.country, region.admin1) != (place.entry.country, place.entry.admin1):
        return None
    return unlisted_town(gazetteer, town.text, region)


def addressed_town(
    gazetteer: Gazetteer, text: str, offset: int, focus: str | None, hinted: frozenset[str]
) -> Place | None:
    """A town the gazetteer lacks that `text` (starting at `offset` in the article) writes after a street
    address with its region ('deputies responded to 410 Bugg Street, Vanduser, Missouri'): police give
    the scene so, where the towns the people in it are 'of' are their homes. An address someone is 'of'
    is a home too."""
    for chain in find_chains(text, offset):
        if len(chain.names) < 2:
            continue
        town = chain.names[-2]
        if not after_address(text, town.start - offset) or _home_address(text, town.start - offset):
            continue
        # resolved only after the address is seen: most passages write none, and resolving costs lookups
        place = resolve_chain(gazetteer, chain, focus, hinted)
        found = unlisted_chain_town(gazetteer, place, text, offset) if place is not None else None
        if found is not None:
            return found
    return None


def _home_address(text: str, start: int) -> bool:
    """Whether the address before a town is someone's home: 'of' before its house number ('Jay Roe, 30,
    of 12 Elm St., Vanduser')."""
    return bool(_OF_ADDRESS.search(text, max(0, start - HOME_CONTEXT), start))


def _plain(name: ChainName) -> bool:
    """Whether a chain name is written as a bare name, not as a county, district, region or agency."""
    return not (name.county or name.district or name.admin1_hint or name.agency)


def county_town(gazetteer: Gazetteer, county: Place, doc: Doc, chains: Sequence[Chain]) -> Place | None:
    """For a county the event was read in, a town of the county's state the gazetteer lacks that the
    article writes after 'in' or as 'the town of', tagged as a place ('a Montgomery County boy was shot
    in Elliston'): local news names the hamlet, the county is only its sheriff's beat. A name the
    gazetteer knows in that state, as a town, a county or a region, is left to the gazetteer; one
    written on with another state is another state's, and so is a big city of another state that no post
    office of the county's state is named after ('flown to a hospital in Shreveport')."""
    regions = gazetteer.lookup(county.admin1 or "", kind="admin1", country=county.country)
    region = next((r for r in regions if r.admin1 == county.admin1), None)
    if region is None:
        return None
    text = doc_text(doc)
    others = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in NOT_TOWN_LABELS]
    # any name of a chain may be the town: a street may come first ('on Elm Street in Vanduser, Bucks
    # County' is one chain), the names after the town must be its county's or its state's
    for chain in chains:
        for at, name in enumerate(chain.names):
            town = _hamlet(gazetteer, name, chain.names[at + 1 :], county, region, text, others)
            if town is not None:
                return town
    return None


def _hamlet(
    gazetteer: Gazetteer,
    name: ChainName,
    later: Sequence[ChainName],
    county: Place,
    region: GeoEntry,
    text: str,
    others: Sequence[tuple[int, int]],
) -> Place | None:
    """`name` as an unlisted town of `county`, where it stands as a town, the names written after it
    (`later`) are only the county's or its state's, and no list knows it as a region or country."""
    if not (_plain(name) and _written_as_town(text, name, others)):
        return None
    if not all(_within(gazetteer, after, county, region) for after in later):
        return None
    if gazetteer.lookup(name.text, kind="admin1") or gazetteer.country(name.text) is not None:
        return None
    town = town_part(name.text)
    return None if _city_elsewhere(gazetteer, town, region) else unlisted_town(gazetteer, town, region)


def _city_elsewhere(gazetteer: Gazetteer, name: str, region: GeoEntry) -> bool:
    """Whether a listed city of ELSEWHERE_CITY people or more in another state of the region's country
    bears the name, and no post office of the region's state does: a Marion County story's 'flown to a
    hospital in Shreveport' names Louisiana's city, not a hamlet of the county's state."""
    if has_post_office(name, region.admin1):
        return False
    return any(
        e.admin1 != region.admin1 and e.population >= ELSEWHERE_CITY and name_key(e.name) == name_key(name)
        for e in gazetteer.lookup(name, kind="city", country=region.country)
    )


def town_part(name: str) -> str:
    """The town's part of a run of capitalised words: up to a day written after it ('in Ironto Friday
    night', 'in Ironto Thanksgiving Day') or the end of its sentence ('in Ironto. They had ...' is
    Ironto), without the full stop of the sentence it ends ('in Ironto.'); an abbreviation keeps its
    own ('Ft. Ironto')."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.lower().strip(".,") in _DAY_WORDS), len(words))
    ended = next((i + 1 for i, w in enumerate(words[:cut]) if _sentence_end(w)), cut)
    part = " ".join(words[: min(cut, ended)])
    return part[:-1] if part and _sentence_end(part.split()[-1]) else part


def _sentence_end(word: str) -> bool:
    """Whether a word ends its sentence: a full stop after a word too long to be an abbreviation."""
    return word.endswith(".") and len(word) > MIN_STOPPED_WORD


def _written_as_town(text: str, name: ChainName, others: Sequence[tuple[int, int]]) -> bool:
    """Whether a name stands where a town would ('in Elliston', 'the town of Klamath', 'west of Elliston',
    after a street address and its comma: '410 Bugg Street, Elliston'),
    spaCy does not tag it as something else (`others`: the spans it tags so; a bearing is taken from a
    town, whatever spaCy makes of 'west of Cotton Plant'), and it is no street's or hospital's name."""
    before = text[: name.start].split()[-1:]
    bearing = _BEARING_OF.search(text, max(0, name.start - BEARING_CONTEXT), name.start) is not None
    # '6902 North Star Road, Campbellsburg, Indiana': the town an address is in
    addressed = after_address(text, name.start)
    located = name.placed or bearing or addressed or (bool(before) and before[0] == "in")
    # 'north of East Sunrise Drive.': a bearing is taken from streets too, read without the sentence's stop
    end = name.start + len(town_part(name.text)) if bearing else name.end
    return (
        located
        and (bearing or not any(s <= name.start < e for s, e in others))
        and not street_name(text, name.start, end)
        and not hospital_town(text, name.start, name.end)
    )


def _within(gazetteer: Gazetteer, later: ChainName, county: Place, region: GeoEntry) -> bool:
    """Whether a name written after a town is the county's own name or its state's ('in Vanduser,
    Missouri'; 'in Townville in Anderson County')."""
    if name_key(later.text) in (name_key(county.name), strip_region_type(name_key(county.name))):
        return True
    state = written_region(gazetteer, later.text)
    return state is not None and state.admin1 == region.admin1
