"""The town a local headline names as its scene, over a town nearby that the story's body gave."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.city_parts import listed_part
from kronika.geo.headline import MIN_HEADLINE_TOWN, scene_names, written_forms
from kronika.geo.nearby import distance_km
from kronika.model import EventMention, Place

# A body's town this close to the headline's is often the same spot told another way: a big city's part
# ('East Flatbush' over Brooklyn), a suburb the archive files under its city; farther off, and within a
# local story's area, it is another town the story names: where the victim was taken, the suspect caught,
# the station's studio ('Suspect in Reno shooting arrested in Portola'; 'Benton child dead' over Little
# Rock). On 1,500 GVA study articles: between these bounds, the headline's town was the archive's 12 times,
# the body's once.
NEAR_KM = 10.0
AREA_KM = 100.0


def headline_scene(
    mentions: Sequence[EventMention], title: str | None, focus: str | None, gazetteer: Gazetteer
) -> list[EventMention]:
    """One article's mentions, where it is American local news whose headline names a town as its scene
    ('2 dead in Brookhaven shooting', 'Sandy man shoots wife'), with each mention placed in another town
    between NEAR_KM and AREA_KM from that town moved to it: a local headline tells where its news
    happened. A town the headline names as a big city's neighbourhood is left to `geo/city_parts.py`."""
    if focus != LOCAL_NEWS_COUNTRY or not title:
        return list(mentions)
    cues = scene_names(title)
    if not cues:
        return list(mentions)
    return [_moved(m, cues, gazetteer) for m in mentions]


def _moved(mention: EventMention, cues: Sequence[list[str]], gazetteer: Gazetteer) -> EventMention:
    """The mention, placed at the headline's town where its own town lies in that town's area."""
    place = mention.location
    if place is None or place.precision != "city" or place.lat is None or place.lon is None:
        return mention
    town = _nearest_town(cues, place, gazetteer)
    if town is None or town.name == place.name or listed_part(town.name):
        return mention
    if not NEAR_KM <= _km(town, place) <= AREA_KM:
        return mention
    return replace(mention, location=town.to_place())


def _nearest_town(cues: Sequence[list[str]], place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The town of the first cue naming one of some size in the place's country: of its namesakes, the
    one nearest the place (a headline gives no state: 'Brookhaven' over Jackson is Mississippi's). A cue
    whose longer name is a county or region names no town ('in Mason County')."""
    for names in cues:
        town = _cue_town(names, place, gazetteer)
        if town is not None:
            return town
    return None


def _cue_town(names: Sequence[str], place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The nearest namesake of the first of one cue's names that is a town, None if a longer one is not."""
    for name in names:
        for written in written_forms(name):
            found = gazetteer.lookup(written, country=place.country)
            towns = [e for e in found if e.kind == "city" and e.population >= MIN_HEADLINE_TOWN]
            if towns:
                return min(towns, key=lambda e: _km(e, place))
            if found and len(written.split()) > 1:
                return None
    return None


def _km(entry: GeoEntry, place: Place) -> float:
    """How far an entry lies from a place (both with coordinates, else infinitely far)."""
    if entry.lat is None or entry.lon is None or place.lat is None or place.lon is None:
        return float("inf")
    return distance_km(entry.lat, entry.lon, place.lat, place.lon)
