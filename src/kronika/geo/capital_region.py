"""A place known only by its country, given at its capital's point, takes the capital's region too."""

from __future__ import annotations

from dataclasses import replace

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.nearby import distance_km
from kronika.model import Place

# A country's point is its capital's (geo/countries.py centres each country there); one this near it is.
AT_CAPITAL_KM = 5.0


def with_capital_region(place: Place, gazetteer: Gazetteer, focus: str | None = None) -> Place:
    """A country-wide place at its capital's point, with the capital's first-level region: the point
    already says the capital, and a region that agrees with it beats none (most reports that name no
    place come from the capital). The precision stays the country's, so nothing more is claimed. American
    local news (`focus`, the article's country, is the United States) is the exception: a story that names no
    town is from anywhere but Washington (on the GVA dev articles all 24 records so placed were elsewhere),
    so it keeps no region; a foreign report's 'the United States called on ...' was said in Washington."""
    if place.precision != "country" or place.admin1 is not None or place.lat is None or place.lon is None:
        return place
    if place.country == LOCAL_NEWS_COUNTRY == focus:
        return place
    capital = gazetteer.capital(place.country)
    if capital is None or capital.admin1 is None or capital.lat is None or capital.lon is None:
        return place
    if distance_km(place.lat, place.lon, capital.lat, capital.lon) > AT_CAPITAL_KM:
        return place
    return replace(place, admin1=capital.admin1)
