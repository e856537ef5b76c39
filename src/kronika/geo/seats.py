"""Where a first-level region or a district is placed: at its seat, not at its middle.

A report that names only a province ('a protest in Hajjah governorate', 'a curfew across Hadramawt')
most often tells of its main town, and coders place such events at the provincial capital. A
province written after a village the lists lack ('Wadi Sirr (Al Hudaydah)') is placed there too
where its seat lies well away from its centre: villages, roads and fighting gather round the main
town, while a large province's centre often lies in open country far from any of them. A province
written as its countryside ('the southern countryside of Idleb', 'Idleb countryside') keeps its
centre: the event lies away from the town. A district named on its own is placed at the town it is
named after; one written after a smaller place keeps its centre (its seat is no nearer its villages),
unless its seat lies well away from it, as for a province.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry, PlaceKind
from kronika.geo.chains import find_chains
from kronika.geo.nearby import COUNTY_KM, distance_km
from kronika.model import Place

# Words before a region that place the event away from its seat: 'the countryside of Idleb'.
_OUTSKIRTS = re.compile(
    r"\b(?:countryside|outskirts|rural areas?|villages|desert|border)"
    r"\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BEFORE_CHARS = 40
# A region whose seat lies closer than this to its centre keeps its centre for a village written in
# it: the two points are then about as near to the region's villages.
SEAT_AWAY_KM = 25.0
_RURAL_AFTER = re.compile(r"\s+(?:province\s+|governorate\s+)?(?:countryside|desert)\b", re.IGNORECASE)


def at_seat(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The place, with a first-level region moved to its seat's point unless the sentence names its
    countryside, and a district the sentence names on its own moved to the town it is named after, as
    is one named after a smaller place where that town lies well away from its centre (name, region and
    precision stay the region's); anything else unchanged."""
    if place.precision != "admin1":
        return place
    if place.name == place.admin1:
        seat = _region_seat(place, sentence, gazetteer)
    elif _named_alone(place, sentence, gazetteer):
        seat = _district_seat(place, gazetteer)
    elif not _countryside(place, sentence, gazetteer):
        seat = _far_seat(place, _district_seat(place, gazetteer))
    else:
        return place
    if seat is None or seat.lat is None or seat.lon is None:
        return place
    return replace(place, lat=seat.lat, lon=seat.lon)


def _region_seat(place: Place, sentence: str, gazetteer: Gazetteer) -> GeoEntry | None:
    """The seat a first-level region is placed at: always where the sentence names it on its own;
    after a smaller place only where the seat lies well away from the centre (a small region's centre
    is as fair a guess at its villages) and the sentence does not name its countryside."""
    seat = gazetteer.seat(place)
    if seat is None or seat.lat is None or seat.lon is None or _named_alone(place, sentence, gazetteer):
        return seat
    if place.lat is None or place.lon is None or _countryside(place, sentence, gazetteer):
        return None
    return seat if distance_km(place.lat, place.lon, seat.lat, seat.lon) > SEAT_AWAY_KM else None


def _far_seat(place: Place, seat: GeoEntry | None) -> GeoEntry | None:
    """The seat of a district written after a smaller place, where it lies well away from the district's
    centre: coders place a village they cannot find at its district's town, and a centre far from that
    town lies in open country ('at Omarpur of Dinajpur District')."""
    if seat is None or seat.lat is None or seat.lon is None or place.lat is None or place.lon is None:
        return None
    return seat if distance_km(place.lat, place.lon, seat.lat, seat.lon) > SEAT_AWAY_KM else None


def _district_seat(place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The town a district is named after, in the district's region ('Nagaur' for Nagaur district); an
    American county's only within the county's reach of its centre."""
    towns = gazetteer.lookup(place.name, kind="city", country=place.country)
    return next((e for e in towns if e.admin1 == place.admin1 and _within_county(e, place)), None)


def _within_county(town: GeoEntry, county: Place) -> bool:
    """Whether a town may be the one an American county is named after: many counties are named after
    a person, as are towns elsewhere in their state ('Gaston County', whose seat is Gastonia, and the
    town of Gaston 150 km off), so the town must lie within COUNTY_KM of the county's centre. Outside the
    United States a district's namesake town is its seat wherever it lies."""
    if county.country != "USA" or county.lat is None or county.lon is None:
        return True
    return (
        town.lat is not None
        and town.lon is not None
        and (distance_km(town.lat, town.lon, county.lat, county.lon) <= COUNTY_KM)
    )


def _named_alone(place: Place, sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence names the region first in its chain, not after a smaller place or as
    its countryside."""
    chains = [c for c in find_chains(sentence) if any(_names(n.text, place, gazetteer) for n in c.names)]
    return bool(chains) and all(
        _names(c.names[0].text, place, gazetteer)
        and not _OUTSKIRTS.search(sentence[max(0, c.start - _BEFORE_CHARS) : c.start])
        for c in chains
    )


def _countryside(place: Place, sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence names the region as its countryside ('the southern countryside of Idleb',
    'in Idleb countryside')."""
    return any(
        _names(name.text, place, gazetteer)
        and (
            _OUTSKIRTS.search(sentence[max(0, name.start - _BEFORE_CHARS) : name.start]) is not None
            or _RURAL_AFTER.match(sentence, name.end) is not None
        )
        for chain in find_chains(sentence)
        for name in chain.names
    )


def _names(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a chain's name reads as the place's region or district."""
    kind: PlaceKind = "admin1" if place.name == place.admin1 else "admin2"
    return any(
        (e.country, e.admin1) == (place.country, place.admin1) and (kind == "admin1" or e.name == place.name)
        for e in gazetteer.lookup(text, kind=kind)
    )
