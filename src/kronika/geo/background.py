"""Where a past event told as background, by its year alone, happened: only where its own words, or its
paragraph's up to it, name; the town the article's news is about is no place of an uprising years
before. (A past incident told to its day, as local news retells an old shooting, keeps its town.)"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.capital_region import with_capital_region
from kronika.model import Place
from kronika.textnorm import strip_accents


def background_place(
    place: Place | None, told: str, gazetteer: Gazetteer, focus: str | None = None
) -> Place | None:
    """The place of a historical event: the one found where `told` (its paragraph up to the end of its
    sentence) names it, else its country ('after uprisings in 2005 and 2010 ...' in a report from the
    capital happened in the country, not the capital, as far as the report says), with its capital's
    region as `with_capital_region` gives it in an article about `focus`."""
    if place is None or place.precision == "country" or _named(place, told):
        return place
    country = gazetteer.country(place.country)
    return with_capital_region(country.to_place(), gazetteer, focus) if country is not None else place


def _named(place: Place, told: str) -> bool:
    """Whether the text writes the place's name or its region's."""
    text = strip_accents(told).lower()
    names = (place.name, place.admin1 or place.name)
    return any(strip_accents(name).lower() in text for name in names)
