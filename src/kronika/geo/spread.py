"""An event told as spread over a whole country ('demonstrations in cities across Indonesia') placed at
the town the note names among them ('including Yogyakarta city'; 'This included Manado city').

A coder's note that sums up a day of protests across a country is coded at one of its towns, the one it
goes on to name; the country alone is the last guess.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.model import Place

_SPREAD = r"(?:across|throughout|all\s+over|around)\s+(?:the\s+)?"
_INCLUDED = re.compile(
    r"\b(?:including|included|such\s+as|notably|among\s+them)\s+(?:in\s+)?(?:the\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)


def spread_over(sentence: str, country: Place) -> bool:
    """Whether the sentence tells its event as spread across the country ('across Indonesia')."""
    if country.precision != "country":
        return False
    return re.search(rf"\b{_SPREAD}{re.escape(country.name)}\b", sentence) is not None


def included_town(text: str, country: Place, gazetteer: Gazetteer) -> Place | None:
    """The first town or region of the country the text names as one of those included ('across
    Indonesia including Yogyakarta city'), else None."""
    for named in _INCLUDED.finditer(text):
        entry = resolve_name(gazetteer, named.group(1), country.country)
        if entry is not None and entry.kind != "country" and entry.country == country.country:
            return entry.to_place()
    return None
