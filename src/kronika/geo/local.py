"""Local news: a bare town name far from the dateline's city is more likely a part of that city."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.model import ArticleContext, Place

FAR_KM = 300.0  # a town this far from the dateline is not local to it
NAMESAKE_KM = 40.0  # a town of the same name this close to the dateline is the one meant


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
