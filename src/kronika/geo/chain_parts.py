"""How the names of one place chain stand to each other: regions joined by 'and', a suburb written after
its big city, a small town's name before a big city's, a town of a shared name beside the next name, the
last name as the container, and a district spelled another way."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.kin_regions import in_written_kin
from kronika.geo.nearby import entries_km
from kronika.geo.resolve import respelled_district

if TYPE_CHECKING:
    from kronika.geo.chain_name import ChainName

_SUBURB = re.compile(r"^\s+suburbs?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
PART_CITY_POP = 100_000  # only a city this big has parts that reports name as 'Part, City'
PART_RATIO = 5  # and the part's namesake elsewhere is at least this many times smaller than the city
MIN_CONTAINER_PEOPLE = 10_000  # a first-level region with fewer listed people holds no chain on its own
PART_KM = 60.0  # a town this close to the city after it is that town (a suburb), not a far namesake
VILLAGE_POP = 10_000  # a place no bigger than our own table's towns, whose namesakes are many


def joined_regions(text: str, names: list[ChainName], offset: int) -> list[ChainName]:
    """Names joined by 'and' before a region word merged into one region ('Kohgiluyeh and Boyer-Ahmad
    province', 'Sistan and Baluchestan province'); a plural ('Kano and Kaduna states') stays two."""
    merged: list[ChainName] = []
    for name in names:
        last = merged[-1] if merged else None
        if (
            last is not None
            and name.admin1_hint
            and not last.admin1_hint
            and text[last.end - offset : name.start - offset] == " and "
        ):
            text_and = f"{last.text} and {name.text}"
            merged[-1] = replace(name, start=last.start, text=text_and, whole=text_and)
        else:
            merged.append(name)
    return merged


def suburb_of(text: str, city: ChainName, between: str, offset: int) -> bool:
    """Whether a name is written as the big city a suburb belongs to ('the Denver suburb of Wheat Ridge'):
    the suburb is a town of its own, so the two are not one chain ('Jaramana suburb of Damascus' is)."""
    return (
        bool(_SUBURB.match(between))
        and re.search(r"\bthe$", text[: city.start - offset].rstrip(), re.I) is not None
    )


def part_of_later_town(
    gazetteer: Gazetteer, entry: GeoEntry | None, picks: list[GeoEntry | None]
) -> GeoEntry | None:
    """For a small town named before a big city ('in Madisonville, Cincinnati'), the part of that city the
    name is: a namesake of the small town beside the city, else the city itself where the town read lies
    far off (the gazetteer lacks the neighbourhood). A list of big towns ('Dayton, Cincinnati') is left be.
    So too for a village named before a town no smaller, where the village read lies in another region
    ('Pothupitiya area in Wadduwa': not the Pothupitiya of another province)."""
    if entry is None or entry.kind != "city" or entry.lat is None or entry.lon is None:
        return entry
    later = next((e for e in picks[picks.index(entry) + 1 :] if e is not None), None)
    if (
        later is None
        or later.kind != "city"
        or later.country != entry.country
        or not (_big_city_part(entry, later) or _village_elsewhere(entry, later))
        or entries_km(entry, later) <= PART_KM
    ):
        return entry
    near = [
        e
        for e in gazetteer.lookup(entry.name, kind="city", country=entry.country)
        if entries_km(e, later) <= PART_KM
    ]
    return near[0] if near else later


def _big_city_part(entry: GeoEntry, later: GeoEntry) -> bool:
    """Whether a town is small enough beside the big city after it to be read as a part of it."""
    return later.population >= PART_CITY_POP and entry.population * PART_RATIO <= later.population


def _village_elsewhere(entry: GeoEntry, later: GeoEntry) -> bool:
    """Whether a village or small town read in another region than the town after it, no smaller, is a
    far namesake of a place of that town (not in American news, which writes a town with its state)."""
    small = entry.population <= VILLAGE_POP and entry.population <= later.population
    return small and entry.admin1 != later.admin1 and entry.country != LOCAL_NEWS_COUNTRY


def _biggest_town(entries: list[GeoEntry]) -> int:
    """The people of the biggest town among a name's readings whose own country has no bigger district of
    that name: there the name is read as a district too, so its town says nothing against one abroad."""
    return max(
        (
            e.population
            for e in entries
            if e.kind == "city"
            and not any(
                d.kind == "admin2" and d.country == e.country and d.population >= e.population
                for d in entries
            )
        ),
        default=0,
    )


def container_countries(last: list[GeoEntry], support: dict[str, int] | None = None) -> set[str]:
    """Countries where a chain's last name is a region bigger than any town of that name: the
    last name holds the others, so 'Petrovskoye, Donetsk' is in Ukraine's Donetsk region, not in Russia,
    where a Petrovskoye and a small town called Donetsk would agree; 'a road, Boston' stays in Boston. A
    first-level region holds the chain whatever the towns so called: the gazetteer knows few of a poor
    region's people ('(Al Hazm, Al Jawf)' is Yemen's Al Jawf, though Libya has a bigger town Al Jawf),
    so long as it holds some ('Boston' is an old name of Ebon atoll, whose towns the lists lack). A
    district holds the chain only where the country reads as many of its names as any other (`support`):
    'Gobra (Gopalganj)' is Bangladesh's, whose Gopalganj district holds Gobra, not Bihar's, which has no
    Gobra, however big its Gopalganj district is beside its town. A town counts only where its own country
    has no bigger district of its name: where a Bengal town Kandi lets India read as many names of 'Kandi
    village (Kashiani, Gopalganj)' as Bangladesh, Bihar's town, smaller than Bihar's district, does not
    outweigh Bangladesh's district, which holds the chain as Bihar's holds no Kashiani."""
    biggest_town = _biggest_town(last)
    most = max(support.values(), default=0) if support else 0
    return {
        e.country
        for e in last
        if (e.kind == "admin1" and e.population >= MIN_CONTAINER_PEOPLE)
        or (
            e.kind != "city"
            and e.population >= biggest_town
            and (e.kind == "admin1" or support is None or support.get(e.country, 0) == most)
        )
    }


def writers_region(entry: GeoEntry, picks: list[GeoEntry | None], options: list[list[GeoEntry]]) -> GeoEntry:
    """The entry placed in the region a chain names last where the chain writes the entry's own region
    as a part of it (`_older_bounds`), or writes a kin of it (a province since split, `in_written_kin`)."""
    return in_written_kin(_older_bounds(entry, picks, options), options)


def _older_bounds(entry: GeoEntry, picks: list[GeoEntry | None], options: list[list[GeoEntry]]) -> GeoEntry:
    """The entry placed in the region a chain names last where the chain writes the entry's own region
    as a part of it ('Anderamboukane (Menaka, Gao)': a note keeping Gao's older bounds, in which Menaka
    is a district); a region so written is read as its district. Else the entry as it is."""
    if entry not in picks or len(options) < 3 or entry.kind == "country":
        return entry
    last = [e for e in options[-1] if e.country == entry.country and e.kind == "admin1"]
    if not last or any(e.admin1 == entry.admin1 for e in options[-1]):
        return entry
    at = picks.index(entry)
    if not any(
        e.kind == "admin1" and e.admin1 == entry.admin1 for group in options[at + 1 : -1] for e in group
    ):
        return entry
    if entry.kind == "admin1":  # the region, written as a district, is read as the district so named
        district = [
            e
            for group in options
            for e in group
            if e.kind == "admin2" and (e.name, e.admin1) == (entry.name, entry.admin1)
        ]
        if not district:
            return entry
        entry = district[0]
    return replace(entry, admin1=last[0].admin1)


def respelled_districts(
    gazetteer: Gazetteer, names: tuple[ChainName, ...], options: list[list[GeoEntry]], focus: str | None
) -> list[list[GeoEntry]]:
    """Options with an unread name read as a district of the focus country spelled all but alike, where
    the chain calls it a district or names it last, as the unit holding the rest ('Jhenidah district',
    'Rajapur upazila (Jhalokathi)'): notes spell a district many ways, a village rarely like one. A name
    typed by another country's own word ('Karimganj upazila' in a story focused on India) is none of them."""
    if focus is None:
        return options
    last = len(names) - 1
    return [
        respelled_district(gazetteer, name.text, focus)
        if not group and not name.part and (name.district or 0 < i == last) and name.national in ("", focus)
        else group
        for i, (name, group) in enumerate(zip(names, options, strict=True))
    ]


def after_quarters(names: tuple[ChainName, ...], options: list[list[GeoEntry]]) -> list[list[GeoEntry]]:
    """Options without towns for the names after a city's quarter ('Dhaka - Dhanmondi (New Market)'): a
    bracket after a quarter names a finer quarter or the region ('Mogadishu - Hodan (Banadir)'), never
    another town."""
    return [
        [e for e in group if e.kind != "city"] if any(n.part for n in names[:i]) else group
        for i, group in enumerate(options)
    ]


def districts_in_named_regions(options: list[list[GeoEntry]], country: str) -> list[list[GeoEntry]]:
    """Each later name's district readings cut to those inside a first-level region the chain names
    after it, where it has one there: in 'Auburn (DeKalb, Indiana)' DeKalb is Indiana's county, not
    Alabama's, whose Auburn lies 970 km off. A name with no district there keeps its readings: a region
    split off the one named may hold it ('(Menaka, Gao)', `writers_region`)."""
    kept = [options[0]] if options else []
    for i, group in enumerate(options[1:], start=1):
        named = {
            e.admin1
            for later in options[i + 1 :]
            for e in later
            if e.country == country and e.kind == "admin1"
        }
        inside = [e for e in group if e.kind != "admin2" or e.country != country or e.admin1 in named]
        held = any(e.kind == "admin2" and e.country == country for e in inside)
        kept.append(inside if held else group)
    return kept


# A compass word alone in brackets after a name picks a part of that place: Myanmar's notes so write a
# village of two halves ('coded as Let Pa Kyin (North)') and Yangon's districts ('Yangon (West) District').
# It names no region (86 of the 36,299 training notes of Bangladesh, Sri Lanka, Indonesia and Myanmar
# write one, 83 of them Myanmar's; Hong Kong's North District was read for them).
_COMPASS_PART = re.compile(r"^(?:North|South|East|West)(?:[ -]?(?:east|west|East|West))?$")


def compass_part(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of `text` is a compass word alone in brackets ('(North)')."""
    bracketed = text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")
    return bracketed and _COMPASS_PART.match(text[start:end]) is not None
