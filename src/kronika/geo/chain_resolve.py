"""Chains of place names resolved as one place, most specific first ('Paletwa Township (Mindat District,
Rakhine)', 'Rawson, Chubut'): the country, region and town their names agree on."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.anchored import anchors, nearest_namesake, own_regions
from kronika.geo.bare_namesakes import bare_in_prose
from kronika.geo.bare_states import bare_state
from kronika.geo.bracketed_units import in_bracketed_unit
from kronika.geo.chain_country import chain_country
from kronika.geo.chain_name import ChainName
from kronika.geo.chain_parts import (
    after_quarters,
    districts_in_named_regions,
    part_of_later_town,
    respelled_districts,
    writers_region,
)
from kronika.geo.chain_respell import regions_after, respell_leading, respelled_country
from kronika.geo.chain_text import Chain
from kronika.geo.compass_regions import compass_with_others
from kronika.geo.compound_names import (
    compound_entries,
    hyphened_part,
    in_national_unit,
    seat_towns,
    without_american_units,
)
from kronika.geo.district_over_region import districts_over_regions
from kronika.geo.kin_regions import in_kin_regions
from kronika.geo.listed_towns import is_province
from kronika.geo.names import name_key, shouted
from kronika.geo.resolve import COMMON_WORDS
from kronika.geo.split_units import split_unit
from kronika.geo.sudans import one_sudan_chain
from kronika.geo.town_quarters import quarter_town
from kronika.geo.unit_types import calls_counties, typed_regions

_LEADING = frozenset(
    {"barangay", "village", "town", "city", "mueang", "central", "northern", "southern", "eastern", "western",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown"}
)  # fmt: skip
# Compass words that name a first-level region in some countries ('Central', Malawi; 'East', Cameroon),
# looked up as one only after a place of that country in a chain.
COMPASS_REGIONS = frozenset(
    {"north", "south", "east", "west", "central", "centre", "center", "northeast", "northwest", "southeast",
     "southwest", "north east", "north west", "south east", "south west"}
)  # fmt: skip
MIN_LONE_CITY = 20_000  # a chain whose names do not confirm each other needs a town this big
MIN_SOLE_NAME = 5  # a town's name must be this long to stand for the only place so called
_SOLE_KINDS = frozenset({"city", "admin1"})


@dataclass(frozen=True)
class ChainPlace:
    """A chain resolved: the entry, and how many of its names agree on the country."""

    chain: Chain
    entry: GeoEntry
    support: int
    contained: bool = False  # the entry is a region named after a place it holds ('Mansura in Ar-Raqqa')
    sole: bool = False  # a small town taken only because its name means no other place


def candidates(gazetteer: Gazetteer, name: ChainName, position: int = 0) -> list[GeoEntry]:
    """Gazetteer entries a chain name may mean; a region-typed name only means regions (or its country).

    After a town, an abbreviation names its region ('Tacoma, Wash.'); first in a chain it is not read so.
    """
    if name.part:  # 'Dhaka - Mirpur': the city before the dash places it
        return []
    regions = (gazetteer.abbreviations(name.text) or bare_state(gazetteer, name.text)) if position > 0 else []
    if regions:
        return regions
    titled = _lookup(gazetteer, name.titled) if name.titled else []
    titled = [e for e in titled if name_key(e.name) == name_key(name.titled)]
    if titled:  # 'District of Columbia': a unit the lists hold under its whole title is that unit
        return titled
    found = _lookup(gazetteer, name.opened) if name.opened else []  # 'In Amenas', 'At Tuhayat'
    found = found or compound_entries(gazetteer, name) or _lookup(gazetteer, name.text)
    if name.whole and name.whole != name.text:  # 'Cape Town' is a town, 'Minbya Town' the town of Minbya
        found = [e for e in _lookup(gazetteer, name.whole) if e.kind == "city"] or found
    if not found and name.whole != name.text:  # 'Federal Capital Territory' is named with its type word
        found = _lookup(gazetteer, name.whole)
    if not found:  # 'Maguindanao', split since into del Norte and del Sur
        found = split_unit(gazetteer, name.text)
    if not found and "-" in name.text:  # 'New York-Queens'
        found = hyphened_part(gazetteer, name.text)
    if not found and " and " in name.text:  # 'Ghor and Herat province': the region written last
        last = name.text.split(" and ")[-1]
        found = _lookup(gazetteer, last)
        if name_key(last) in COMMON_WORDS:  # 'Tamsaling and Central Region': no Central, Louisiana
            found = [e for e in found if e.kind != "city"]
    if name.settlement and not any(e.kind == "city" for e in found):  # 'Diwaniya city': the region's town
        found = [e for e in _lookup(gazetteer, f"{name.text} city") if e.kind == "city"] + found
    words = name.text.split()
    if not found and len(words) > 1 and words[0].lower() in _LEADING:
        found = _lookup(gazetteer, " ".join(words[1:]))
    if name.district and not name.admin1_hint:  # 'Sucre municipality' is never the state of Sucre
        found = [e for e in found if e.kind != "admin1"]
    if name.county:  # 'Franklin Township' in America is no county of its name
        found = without_american_units(found, name)
    if name.admin1_hint or name.county:  # 'Herat province' is the province, 'Pierce County' the county
        level = "admin1" if name.admin1_hint else "admin2"
        regions = [e for e in found if e.kind != "city" or (name.admin1_hint and is_province(e, found))]
        # 'the Baalbek Governorate building': a region listed under another name is seated in its town
        found = regions or (
            [e for e in found if e.kind == "city"] if name.admin1_hint else seat_towns(found, name)
        )
        if any(e.kind == level for e in found):
            whole = _named_whole(gazetteer, name)
            found = [e for e in found if e.kind in (level, "country") or e in whole]
    return typed_regions(in_national_unit(_unwritten_counties(found, name), name), name.unit)


def _unwritten_counties(found: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """An American county is written with its word ('Cole County'): a bare name owning something ('a
    shooting at Cole's Place') is a person's or a venue's, not the county so called ('Queens', a borough
    and its county, is written bare, but owns no place named after it)."""
    if name.county or not name.owned:
        return found
    key = name_key(name.text)
    return [e for e in found if not (e.kind == "admin2" and e.country == "USA" and name_key(e.name) != key)]


def _named_whole(gazetteer: Gazetteer, name: ChainName) -> list[GeoEntry]:
    """The first-level regions called by a name with its county word ('Saint James Parish', Jamaica's
    first level): where parishes or counties are the first level, the word does not make a district."""
    if not name.county or name.whole == name.text:
        return []
    return [e for e in _lookup(gazetteer, name.whole) if e.kind == "admin1"]


def _lookup(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """Entries with coordinates for a name."""
    return [e for e in gazetteer.lookup(text) if e.lat is not None]


def resolve_chain(
    gazetteer: Gazetteer, chain: Chain, focus: str | None, hinted: frozenset[str] = frozenset()
) -> ChainPlace | None:
    """The most specific place of a chain that agrees with the rest of it.

    The country is the one most names can be read in (the focus country breaks ties); regions named
    later in the chain then pick among same-named towns; a town lying in another region is passed over.
    `hinted`: regions the article names elsewhere, preferred among same-named towns when the chain names none.
    """
    options = _chain_options(gazetteer, chain, focus)
    if bare_in_prose(chain, options, focus):
        return None  # 'the Seray in Tripoli' tells no more than 'Tripoli': the lone name is read
    country, support = chain_country(options, focus)
    if country is None:
        return None
    if support == 1:
        country = respelled_country(gazetteer, chain, options) or country
    options = districts_in_named_regions(options, country)
    picks = _chain_picks(gazetteer, chain, options, country, hinted)
    entry = _chain_entry(gazetteer, chain, picks, options)
    contained = entry is not None and entry in picks and _held(entry, picks)  # a namesake is not held
    sole = entry is not None and _sole(entry, options, focus)
    trusted = support > 1 or country == focus or contained or chain.names[0].placed
    if entry is None or not (trusted or _strong(entry, chain) or sole):
        return None
    placed = writers_region(entry, picks, options)  # '(Menaka, Gao)': the note's older region bounds
    return ChainPlace(chain, placed, support, contained, sole and not _strong(entry, chain))


def _chain_options(gazetteer: Gazetteer, chain: Chain, focus: str | None) -> list[list[GeoEntry]]:
    """The readings of each name of a chain, as the names beside it narrow them (compass regions, the two
    Sudans, a region over its districts, respelled districts, quarters)."""
    options = _compass_regions(
        gazetteer,
        chain,
        [
            _so_called(_shouted_home(candidates(gazetteer, n, i), n, focus), n, focus)
            for i, n in enumerate(chain.names)
        ],
    )
    options = compass_with_others([n.text for n in chain.names], options)
    options = one_sudan_chain(options, focus, gazetteer)  # 'in Kapoeta': one town, not two countries'
    options = [
        group if i == 0 else region_over_districts(group, n)
        for i, (group, n) in enumerate(zip(options, chain.names, strict=True))
    ]
    return after_quarters(chain.names, respelled_districts(gazetteer, chain.names, options, focus))


def _chain_picks(
    gazetteer: Gazetteer, chain: Chain, options: list[list[GeoEntry]], country: str, hinted: frozenset[str]
) -> list[GeoEntry | None]:
    """One reading of each name in the chain's country, the one that lies in the regions the later names
    name (a leading name none of whose readings does, respelled)."""
    picks = [
        _pick(
            _local(group, country, i, chain.names[i], _later_regions(options[i + 1 :], country)),
            regions_after(options[i + 1 :], country),
            hinted,
            chain.names[i].district,
            anchors(
                options[i + 1 :],
                [n.text for n in chain.names[i + 1 :]],
                country,
                _later_regions(options[i + 1 :], country) or own_regions(group, country),
                chain.names[i].text,
            ),
        )
        for i, group in enumerate(options)
    ]
    if not chain.names[0].agency and picks[0] is None:
        respell_leading(gazetteer, chain, options, picks, country)  # fills the first unread picks in place
    # '(Jilib, Middle Shabelle)' in a Somali note: Jilib, in its own region
    return districts_over_regions(picks, options, chain.names, country)


def _chain_entry(
    gazetteer: Gazetteer, chain: Chain, picks: list[GeoEntry | None], options: list[list[GeoEntry]]
) -> GeoEntry | None:
    """The most specific of the picks, read as a quarter's town or as part of a later town where the
    chain does not type it as a town or unit of its own."""
    specific = [e for e in picks if e is not None and e.kind != "country"]
    entry = specific[0] if specific else next((e for e in picks if e is not None), None)
    entry = quarter_town(gazetteer, chain, picks, entry)  # 'the Afgooye neighbourhood of Mogadishu city'
    if not (
        _typed_town(chain, picks, entry)
        or _in_regency(chain, picks, entry)
        or in_bracketed_unit(chain, picks, entry, options)
    ):
        entry = part_of_later_town(gazetteer, entry, _towns_after(entry, picks, options, chain.names))
    return entry


def region_over_districts(group: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """A later name's readings with the districts of its name dropped where they lie outside the
    first-level region of its name in their country: in 'Monroe (Washington)' Washington is the state,
    not one of thirty Washington Counties elsewhere, and in 'Morrison (Colorado)' the state, not Colorado
    County, Texas. A district inside its namesake region stays ('Nyeri, Nyeri'). A name written as a
    county that a district of one country bears whole is that district there, not the region: 'Saltsburg,
    Indiana County' is in Pennsylvania's Indiana County, not in the state of Indiana."""
    whole = name_key(name.whole)
    counties = {e.country for e in group if name.county and e.kind == "admin2" and name_key(e.name) == whole}
    group = [e for e in group if e.kind != "admin1" or e.country not in counties or name_key(e.name) == whole]
    held = {(e.country, e.admin1) for e in group if e.kind == "admin1"}
    countries = {country for country, _ in held}
    return [
        e for e in group if e.kind != "admin2" or e.country not in countries or (e.country, e.admin1) in held
    ]


def _typed_town(chain: Chain, picks: list[GeoEntry | None], entry: GeoEntry | None) -> bool:
    """Whether the chain calls the entry's name a town or village ('Baligubadle town (Hargeysa,
    Waqooyi Galbeed)'): a place of its own, not a part of the big city named after it."""
    return entry is not None and entry in picks and chain.names[picks.index(entry)].settlement


def _towns_after(
    entry: GeoEntry | None,
    picks: list[GeoEntry | None],
    options: list[list[GeoEntry]],
    names: tuple[ChainName, ...],
) -> list[GeoEntry | None]:
    """The picks with a later name written as a province and read only at its capital left out: 'Endebes
    area, Rift Valley Province' names the former province that holds Endebes, not a big town Endebes would
    be a part of (or a far namesake of a village beside it), as `part_of_later_town` would read it."""
    return [
        None if e is not None and e is not entry and n.admin1_hint and is_province(e, group) else e
        for e, n, group in zip(picks, names, options, strict=True)
    ]


def _in_regency(chain: Chain, picks: list[GeoEntry | None], entry: GeoEntry | None) -> bool:
    """Whether the entry is read by its own name, and the name after it is written as a regency
    ('Tembagapura district, Mimika regency'): a regency spans thousands of square kilometres, so a town in
    it lies in it, not in the seat read for it, however far apart (Tembagapura lies 70 km from Timika,
    Mimika's seat, and was read as a part of it). A smaller unit ('Cibatu, South Cikarang district')
    still draws a far namesake of the name before it to its own town, as does a regency a name read by
    another spelling ('Sumbersari' as a far Sumberasri) stands before."""
    if entry is None or entry not in picks:
        return False
    at = picks.index(entry)
    later = [i for i in range(at + 1, len(picks)) if picks[i] is not None]
    own = name_key(entry.name) == name_key(chain.names[at].text)
    return own and bool(later) and chain.names[later[0]].regency


def _shouted_home(found: list[GeoEntry], name: ChainName, focus: str | None) -> list[GeoEntry]:
    """A name written in capitals ('NISS', 'ERIE') reads as a town of the focus country only: a body's
    acronym matches a town abroad by chance ('members of the NISS' is no raid in Serbia's Nis)."""
    return [e for e in found if e.kind != "city" or e.country == focus] if shouted(name.text) else found


def _so_called(found: list[GeoEntry], name: ChainName, focus: str | None) -> list[GeoEntry]:
    """A county word's readings: a 'County' only in the countries whose units are called so or the focus
    country; where some unit's own name carries the word, that unit or one of the focus country: 'Geneva
    County' is Alabama's, never the canton of Geneva, while in a Jamaican story 'Saint James Parish' is
    still Jamaica's parish, listed as 'Saint James'."""
    if name.county and name.whole.lower().endswith(" county"):
        # 'Bor County' is no Serbian okrug nor Turkish ilce: English calls only some countries' units
        # counties; a unit of the focus country so written is still its own ('Meru County' in Tanzania)
        found = [e for e in found if e.kind == "country" or calls_counties(e.country) or e.country == focus]
    so_called = [e for e in found if name.county and name_key(e.name) == name_key(name.whole)]
    return [e for e in found if e in so_called or e.country == focus] if so_called else found


def _compass_regions(
    gazetteer: Gazetteer, chain: Chain, options: list[list[GeoEntry]]
) -> list[list[GeoEntry]]:
    """Options with a later compass name read as a region of the other names' countries too: in 'Kasitu
    (Nkhotakota, Central)' Central is Malawi's Central Region, which a bare 'Central' never means. A
    first one written as a region is read so too, before any namesake abroad: 'the Centre region of
    Burkina Faso' is Burkina Faso's, not Centre County, Pennsylvania."""
    countries = {e.country for group in options for e in group}
    later = {e.country for group in options[1:] for e in group}
    return [
        group + gazetteer.regions_named(name.text, countries)
        if i > 0 and name_key(name.text) in COMPASS_REGIONS
        else gazetteer.regions_named(name.text, later) + group
        if i == 0 and name.admin1_hint and later and name_key(name.text) in COMPASS_REGIONS
        else group
        for i, (name, group) in enumerate(zip(chain.names, options, strict=True))
    ]


def _held(entry: GeoEntry, picks: list[GeoEntry | None]) -> bool:
    """Whether a chain's place is a region named after a place it holds ('Mansura in Ar-Raqqa'), or a
    place inside a region named after it ('Ghoryan, Herat'): either way the chain vouches for itself."""
    at = picks.index(entry)
    if at > 0 and entry.kind in ("admin1", "admin2"):
        return True
    later = [e for e in picks[at + 1 :] if e is not None and e.kind in ("admin1", "admin2")]
    return any((e.country, e.admin1) == (entry.country, entry.admin1) for e in later)


def _later_regions(later: list[list[GeoEntry]], country: str) -> frozenset[str | None]:
    """The admin1 regions later names of a chain are read as, in its country."""
    return frozenset(
        e.admin1 for group in later for e in group if e.country == country and e.kind == "admin1"
    )


def _local(
    group: list[GeoEntry],
    country: str,
    position: int,
    name: ChainName | None = None,
    later: frozenset[str | None] = frozenset(),
) -> list[GeoEntry]:
    """A name's readings in the chain's country; a container named after the first name is its region,
    unless it is written as a town ('Dar'a Al Balad in Dar'a city') or the chain goes on to name that
    region ('a quarter of Barinas, Barinas state': the town of Barinas, in the state of Barinas). A
    village is never a region ('Kandal village, Samraong commune')."""
    settlement = name is not None and name.settlement
    if name is not None and name.village:
        group = [e for e in group if e.kind not in ("admin1", "admin2")]
    local = [e for e in group if e.country == country]
    if position > 0 and later:  # no first-level region lies in another: 'Columbia (South Carolina)'
        local = [e for e in local if e.kind != "admin1" or e.admin1 in later]
    if settlement and any(e.kind == "city" for e in local):
        return [e for e in local if e.kind == "city"]
    regions = [e for e in local if e.kind == "admin1"]
    towns = [e for e in local if e.kind == "city" and e.admin1 in later]
    if position > 0 and regions and towns and all(e.admin1 in later for e in regions):
        return towns
    if position > 0 and regions:
        local = [e for e in local if e.kind != "city"]
    return local


def _pick(
    local: list[GeoEntry],
    regions: set[str | None],
    hinted: frozenset[str],
    district: bool = False,
    near: list[GeoEntry] | None = None,
) -> GeoEntry | None:
    """A town in one of the named regions (the biggest, or the one nearest a town or district `near`
    written after it, `geo/anchored.py`), else a district there, else a named region; with no region
    named, the biggest town (one in a hinted region if there is one), else district. A name written as
    a district ('Biu LGA') looks for the district before the town it is named after."""
    for kind in ("admin2", "city") if district else ("city", "admin2"):
        found = [e for e in local if e.kind == kind]
        if regions:  # else a town the lists file under a kin of the region named ('Nabire, Papua')
            found = [e for e in found if e.admin1 in regions] or in_kin_regions(found, regions)
        elif any(e.admin1 in hinted for e in found):
            found = [e for e in found if e.admin1 in hinted]
        if found and (regions or near):  # near: a town named next, in a region of the name's towns
            return nearest_namesake(found, near or [], regions)
        if found:
            return max(found, key=lambda e: e.population)
    admin1 = [e for e in local if e.kind == "admin1"]
    if admin1:
        return max(admin1, key=lambda e: e.population)
    countries = [e for e in local if e.kind == "country"]
    return countries[0] if countries else None


def _strong(entry: GeoEntry, chain: Chain) -> bool:
    """Whether an entry is safe to take on its own: a country, a region called one, or a sizeable town."""
    if entry.kind == "admin1":
        return any(n.admin1_hint for n in chain.names)
    if entry.kind == "admin2":  # 'Nassriya city', listed only as its district: the word makes it a place
        return any(n.county or n.district or n.admin1_hint or n.settlement for n in chain.names)
    if entry.kind == "city" and any(n.district for n in chain.names):
        return True  # 'the Marjayoun District': a type word vouches for the town the district is named after
    return entry.kind == "country" or entry.population >= MIN_LONE_CITY


def _sole(entry: GeoEntry, options: list[list[GeoEntry]], focus: str | None) -> bool:
    """Whether a small town, or a region written without its type word, may stand alone where the
    article names no country: its name is found in one country only ('near Krasnohorivka', 'in Bekaa'
    in a note that never names the country), which then reads it as the biggest place so called, as it
    would if it were the focus; `chains._trusted` still wants it written after 'in', 'near' or 'at'. So too
    the one known name of a chain whose other names the lists lack ('in Pelwatte town, Matale')."""
    if focus is not None or entry.kind not in _SOLE_KINDS or len(entry.name) < MIN_SOLE_NAME:
        return False
    if len(options) > 1 and entry.kind != "city":  # 'X, Tucuman': the region holds, no more
        return False
    return all(e.country == entry.country for group in options for e in group)
