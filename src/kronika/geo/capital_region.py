"""A place known only by its country is coded at the capital: coders file an event no text places more
closely (a government's decision, a nationwide strike) at the country's capital, in the capital's region.

The place stays a country-level one (its precision says so); it gains the capital's first-level region,
and the point, already the capital's (a country is centred on its capital), stays."""

from __future__ import annotations

from dataclasses import replace

from kronika.gazetteer import Gazetteer
from kronika.model import Place


def in_capital_region(place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """`place` with its capital's region where it names a country alone; any other place unchanged."""
    if place is None or place.precision != "country" or place.admin1 is not None:
        return place
    capital = gazetteer.capital(place.country)
    if capital is None or capital.admin1 is None:
        return place
    return replace(place, admin1=capital.admin1)
