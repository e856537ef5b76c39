"""Local news: a bare town name far from the dateline's city is more likely a part of that city; a
neighbourhood stands for its city; a town near the dateline's that the lead names is where it happened;
the article's other places pick among namesakes; streets, hospitals' towns and cities named for their
parts are not the scene."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import find_chains
from kronika.geo.names import name_key, strip_region_type
from kronika.geo.nearby import distance_km
from kronika.model import ArticleContext, Place

LOCAL_KM = 60.0  # a town this close to the dateline's is in the newsroom's own area
FAR_KM = 300.0  # a town this far from the dateline is not local to it
_ARTICLES = frozenset({"A", "An", "The"})  # a sentence's first word joins the name after it: 'A Riverton man'
NAMESAKE_KM = 40.0  # a town of the same name this close to the dateline is the one meant
# 'the South Chicago neighborhood', 'the Hermitage area': the name of a part of a city, not a town
_PART_WORDS = r"(?:neighbou?rhood|section|community|area)"
# 'the 500 block of Washington Street', 'the 8200 block of Sunbury': a street, not the place so named
_STREET_WORD = (
    r"\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|"
    r"Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Place|Terrace|Circle|Trail|Pike)"
)
_STREET_AFTER = re.compile(rf"{_STREET_WORD}\b")
_STREET_ENDING = re.compile(rf"{_STREET_WORD}$")  # the name as tagged may hold the street word itself
_STREET_BEFORE = re.compile(
    r"\bblock\s+of\s+(?:the\s+)?(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?$", re.I
)


_PART_OF = re.compile(r"\s+(?:suburbs?|neighbou?rhood|section|community|enclave)\s+of\s+(?:the\s+)?[A-Z]")
_HOSPITAL = r"(?:Hospital|Medical Cent(?:er|re)|Trauma Cent(?:er|re)|Health Cent(?:er|re)|Infirmary)"
_HOSPITAL_BEFORE = re.compile(
    rf"\b{_HOSPITAL}(?:,|\s+(?:in|at|near))\s+(?:the\s+|nearby\s+|downtown\s+)?$", re.IGNORECASE
)
_HOSPITAL_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’]*){{0,3}}\s+{_HOSPITAL}\b")


def near_dateline(
    place: Place, ctx: ArticleContext, gazetteer: Gazetteer, anchor: Place | None = None
) -> Place:
    """Swap a town far from the dateline's city (or `anchor`, the article's own town where there is no
    dateline) for its namesake near that city or else in its state within FAR_KM ('a party at Granger'
    in a story from Mattawa, Wash. is Washington's Granger), or for the city itself, unless the article
    names the far town's region ('CHICAGO — a shooting in Austin' is Chicago's Austin; 'in Austin,
    Texas' is not)."""
    anchor = ctx.dateline or anchor
    if not _comparable(place, anchor) or anchor is None:
        return place
    assert (
        place.lat is not None and place.lon is not None and anchor.lat is not None and anchor.lon is not None
    )
    if distance_km(place.lat, place.lon, anchor.lat, anchor.lon) <= FAR_KM:
        return place
    if place.admin1 and place.admin1 != anchor.admin1 and place.admin1 in ctx.article.text:
        return place
    namesakes = [
        (distance_km(e.lat, e.lon, anchor.lat, anchor.lon), e.admin1 == anchor.admin1, e.to_place())
        for e in gazetteer.lookup(place.name, kind="city", country=place.country)  # biggest first
        if e.lat is not None and e.lon is not None
    ]
    close = [p for km, _, p in namesakes if km <= NAMESAKE_KM]
    in_state = [p for km, same, p in sorted(namesakes, key=lambda t: t[0]) if same and km <= FAR_KM]
    return (close or in_state or [anchor])[0]


def _comparable(place: Place, anchor: Place | None) -> bool:
    """Both are towns with coordinates in one country."""
    return (
        anchor is not None
        and place.precision == "city"
        and anchor.precision == "city"
        and place.country == anchor.country
        and None not in (place.lat, place.lon, anchor.lat, anchor.lon)
    )


def local_town(gazetteer: Gazetteer, text: str, dateline: Place) -> GeoEntry | None:
    """The first town `text` names, however it is used ('a Riverton man', 'a Riverton apartment'),
    that lies within LOCAL_KM of the dateline's place, other than that place: after a dateline, local
    news names the town where it happened. Names written as a county, region or agency are passed over."""
    if dateline.lat is None or dateline.lon is None:
        return None
    for chain in find_chains(text):
        name = chain.names[0]
        if name.county or name.agency or name.admin1_hint or name.district:
            continue
        if len(chain.names) == 1 and street_name(text, chain.start, chain.end):
            continue
        words = name.text.split()
        written = " ".join(words[1:]) if len(words) > 1 and words[0] in _ARTICLES else name.text
        for town in gazetteer.lookup(written, kind="city", country=dateline.country):
            if (
                town.lat is not None
                and town.lon is not None
                and town.name != dateline.name
                and distance_km(town.lat, town.lon, dateline.lat, dateline.lon) <= LOCAL_KM
            ):
                return town
    return None


def neighbourhood_of(place: Place, sentence: str, town: Place | None) -> Place:
    """The article's own town (dateline, else main town) for a place the sentence calls a part of a
    city ('shot in the South Chicago neighborhood', 'in the Hermitage area'), where that town is near;
    else the place itself. A far namesake is left to `near_dateline`."""
    if (
        town is None
        or town.precision != "city"
        or place.precision != "city"
        or town.name == place.name
        or town.country != place.country
        or None in (place.lat, place.lon, town.lat, town.lon)
        or not re.search(rf"\b{re.escape(place.name)}\s+{_PART_WORDS}\b", sentence, re.IGNORECASE)
    ):
        return place
    assert place.lat is not None and place.lon is not None and town.lat is not None and town.lon is not None
    return town if distance_km(place.lat, place.lon, town.lat, town.lon) <= NAMESAKE_KM else place


def nearby_support(gazetteer: Gazetteer, entries: Sequence[GeoEntry], text: str) -> dict[GeoEntry, int]:
    """For each entry, how many other names the text writes are towns or counties within LOCAL_KM of it,
    plus one if the text writes out its region: the context that tells which of several same-named
    places a bare dateline means ('WOODLAWN —' over a story naming Chicago is Chicago's Woodlawn, not
    Maryland's; 'MONTGOMERY COUNTY (WSLS) —' over one naming Roanoke is Virginia's)."""
    names = {name_key(n.text) for chain in find_chains(text) for n in chain.names}
    support: dict[GeoEntry, int] = {}
    for entry in entries:
        own = {name_key(entry.name), strip_region_type(name_key(entry.name))}
        near = sum(1 for name in names - own if _near_namesake(gazetteer, name, entry, own))
        region = entry.admin1 and re.search(rf"(?<!West )\b{re.escape(entry.admin1)}\b", text)
        support[entry] = near + (1 if region else 0)
    return support


def _near_namesake(gazetteer: Gazetteer, name: str, entry: GeoEntry, own: set[str]) -> bool:
    """Whether a town or county called `name`, not `entry` itself under another key, lies near `entry`."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        e.kind in ("city", "admin2")
        and e.lat is not None
        and e.lon is not None
        and name_key(e.name) not in own
        and distance_km(e.lat, e.lon, entry.lat, entry.lon) <= LOCAL_KM
        for e in gazetteer.lookup(name, country=entry.country)
    )


def part_named(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] only says whose part the place after it is: 'the Denver suburb
    of Wheat Ridge' happened in Wheat Ridge."""
    return bool(_PART_OF.match(text, end))


def hospital_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] places a hospital, not the shooting: 'taken to a hospital in
    Fort Wayne', 'flown to Parkview Hospital in Fort Wayne', 'rushed to Jamaica Hospital'."""
    return bool(_HOSPITAL_BEFORE.search(text[max(0, start - 60) : start]) or _HOSPITAL_AFTER.match(text, end))


def street_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a street's: followed by a street word ('Washington
    Street') or after 'block of' ('the 8200 block of Sunbury'), as police give an address."""
    return bool(
        _STREET_AFTER.match(text, end)
        or _STREET_ENDING.search(text, start, end)
        or _STREET_BEFORE.search(text[max(0, start - 40) : start])
    )
