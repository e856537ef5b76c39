"""The one first-level region of its country a note names, for an event placed only in that country.

A note that places its event nowhere finer than a country ('Mombasa women marched over unequal pay in
Kenya', 'clashes on the border of Pokot and Turkana land', 'refugees fleeing the Tindouf camps') most
often still writes the region it happened in, as a word the place steps pass over: the opening of a
body's name ('Chittagong Union of Journalists'), a title ('the police chief of Barisal'), a people's
land. A country alone is placed at its capital, which is the event's region only where the note is
about the capital; where the note names one region of that country and no other, that region is the
event's, at its seat (as coders place a region-wide event). Two regions named say nothing.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.model import Place

# A run of capitalised words (a region's name is at most three words: 'Northern Bahr el Ghazal' is read
# from 'Bahr el Ghazal' with its compass word, which `regions_named` takes)
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:el\s+|al\s+|de\s+)?[A-Z][\w'’-]*)*")
_MAX_WORDS = 4
# A compass word alone names a region of a few countries ('Western', 'Central'), but a note writes it
# far more often as a plain word ('Western diplomats', 'the Central Bank')
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


def named_region(text: str, place: Place, gazetteer: Gazetteer) -> Place | None:
    """The first-level region of the country `place` stands for that `text` alone names, at its seat;
    None where the place is finer than a country, or the text names no region of it, or several, or only
    the one the country's capital lies in (the place already stands there)."""
    if place.precision != "country":
        return None
    regions = _regions(text, place.country, gazetteer)
    if len(regions) != 1:
        return None
    region = next(iter(regions.values()))
    capital = gazetteer.capital(place.country)
    home = place.admin1 or (capital.admin1 if capital is not None else None)
    if name_key(region.admin1 or region.name) == name_key(home or ""):
        return None
    seat = gazetteer.seat(region)
    if seat is None or seat.lat is None or seat.lon is None:
        return region
    return Place(region.name, region.country, region.admin1, seat.lat, seat.lon, region.precision)


def _regions(text: str, country: str, gazetteer: Gazetteer) -> dict[str, Place]:
    """The country's first-level regions named in the text by a run of capitalised words or a part of
    one, by name key; the country's own name is none ('Panama', a region and the country)."""
    found: dict[str, Place] = {}
    own = gazetteer.country(country)
    own_key = name_key(own.name) if own is not None else ""
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        for size in range(min(len(words), _MAX_WORDS), 0, -1):
            for start in range(len(words) - size + 1):
                name = " ".join(words[start : start + size])
                key = name_key(name)
                if not key or key == own_key or key in _COMPASS:
                    continue
                for entry in gazetteer.regions_named(name, {country}):
                    found[name_key(entry.admin1 or entry.name)] = entry.to_place()
    return found
