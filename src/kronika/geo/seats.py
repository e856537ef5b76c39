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

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import Chain, find_chains
from kronika.model import Place

# Words before a region that place the event away from its seat: 'the countryside of Idleb'.
_OUTSKIRTS = re.compile(
    r"\b(?:countryside|outskirts|rural areas?|villages|desert|border)"
    r"\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BEFORE_CHARS = 40


def at_seat(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place, with a first-level region the sentence names on its own moved to its seat's point
    (name, region and precision stay the region's); anything else unchanged."""
    if place.precision != "admin1" or place.name != place.admin1:
        return place
    if not _named_alone(place, sentence, gazetteer):
        return place
    seat = gazetteer.seat(place)
    if seat is None or seat.lat is None or seat.lon is None:
        return place
    return replace(place, lat=seat.lat, lon=seat.lon)


def _named_alone(place: Place, sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence names the region in a chain of its own, not after a smaller place or as
    its countryside."""
    chains = [c for c in find_chains(sentence) if _names_region(c, place, gazetteer)]
    return bool(chains) and all(
        len(c.names) == 1 and not _OUTSKIRTS.search(sentence[max(0, c.start - _BEFORE_CHARS) : c.start])
        for c in chains
    )


def _names_region(chain: Chain, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a chain's last name reads as the place's region."""
    return any(_same_region(e, place) for e in gazetteer.lookup(chain.names[-1].text, kind="admin1"))


def _same_region(entry: GeoEntry, place: Place) -> bool:
    """Whether an entry is the place's region."""
    return (entry.country, entry.admin1) == (place.country, place.admin1)
