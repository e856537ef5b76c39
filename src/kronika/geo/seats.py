"""Where a first-level region named on its own is placed: at its seat, not at its middle.

A report that names only a province ('a protest in Hajjah governorate', 'a curfew across Hadramawt')
most often tells of its main town, and coders place such events at the provincial capital. The
region's centre lies in open country, often far from any town. A region written after a smaller
place ('Bacayopa, Sinaloa', 'Kinda in Idleb') or as its countryside ('the southern countryside of
Idleb') keeps its centre: the event lies somewhere else in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry, PlaceKind
from kronika.geo.chains import find_chains
from kronika.model import Place

# Words before a region that place the event away from its seat: 'the countryside of Idleb'.
_OUTSKIRTS = re.compile(
    r"\b(?:countryside|outskirts|rural areas?|villages|desert|border)"
    r"\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BEFORE_CHARS = 40


def at_seat(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place, with a region or district the sentence names on its own moved to its seat's point
    (name, region and precision stay the region's); anything else unchanged."""
    if place.precision != "admin1" or not _named_alone(place, sentence, gazetteer):
        return place
    seat = gazetteer.seat(place) if place.name == place.admin1 else _district_seat(place, gazetteer)
    if seat is None or seat.lat is None or seat.lon is None:
        return place
    return replace(place, lat=seat.lat, lon=seat.lon)


def _district_seat(place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The town a district is named after, in the district's region ('Nagaur' for Nagaur district)."""
    towns = gazetteer.lookup(place.name, kind="city", country=place.country)
    return next((e for e in towns if e.admin1 == place.admin1), None)


def _named_alone(place: Place, sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence names the region first in its chain, not after a smaller place or as
    its countryside."""
    chains = [c for c in find_chains(sentence) if any(_names(n.text, place, gazetteer) for n in c.names)]
    return bool(chains) and all(
        _names(c.names[0].text, place, gazetteer)
        and not _OUTSKIRTS.search(sentence[max(0, c.start - _BEFORE_CHARS) : c.start])
        for c in chains
    )


def _names(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a chain's name reads as the place's region or district."""
    kind: PlaceKind = "admin1" if place.name == place.admin1 else "admin2"
    return any(
        (e.country, e.admin1) == (place.country, place.admin1) and (kind == "admin1" or e.name == place.name)
        for e in gazetteer.lookup(text, kind=kind)
    )
