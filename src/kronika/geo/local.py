"""Local news: a bare town name far from the dateline's city is more likely a part of that city; a
neighbourhood stands for its city; a town near the dateline's that the lead names is where it happened."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import find_chains
from kronika.geo.nearby import distance_km
from kronika.model import ArticleContext, Place

LOCAL_KM = 60.0  # a town this close to the dateline's is in the newsroom's own area
FAR_KM = 300.0  # a town this far from the dateline is not local to it
_ARTICLES = frozenset({"A", "An", "The"})  # a sentence's first word joins the name after it: 'A Riverton man'
NAMESAKE_KM = 40.0  # a town of the same name this close to the dateline is the one meant
# 'the South Chicago neighborhood', 'the Hermitage area': the name of a part of a city, not a town
_PART_WORDS = r"(?:neighbou?rhood|section|community|area)"


def near_dateline(
    place: Place, ctx: ArticleContext, gazetteer: Gazetteer, anchor: Place | None = None
) -> Place:
    """Swap a town far from the dateline's city (or `anchor`, the article's own town where there is no
    dateline) for its namesake near that city, or for the city itself, unless the article names the far
    town's region ('CHICAGO — a shooting in Austin' is Chicago's Austin; 'in Austin, Texas' is not)."""
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
        e.to_place()
        for e in gazetteer.lookup(place.name, kind="city", country=place.country)
        if e.lat is not None
        and e.lon is not None
        and distance_km(e.lat, e.lon, anchor.lat, anchor.lon) <= NAMESAKE_KM
    ]
    return namesakes[0] if namesakes else anchor


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
