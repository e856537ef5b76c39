"""A town written before a city that is a region of its own, beside it in another region, is the place."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place

# A capital district's city spreads over its border: Petare and Baruta are parts of Caracas in Miranda
# state, as Soacha is of Bogota in Cundinamarca. A town this near the city is one of those parts.
BESIDE_KM = 20.0


def town_before_city_region(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """For a city that is a first-level region of its own ('Caracas', the Capital District), a listed
    town the sentence's chain names before it ('Petare, Sucre municipality in Caracas') that lies beside
    the city in another region: coders place the event in that town and its own region. Any other
    place stays as it is."""
    if place.precision != "city" or place.admin1 is None or place.lat is None or place.lon is None:
        return place
    regions = gazetteer.lookup(place.admin1, kind="admin1", country=place.country)
    city = gazetteer.region_city(regions[0]) if regions else None
    if city is None or city.name != place.name:  # New York state is no city's; 'Newark, New York' is its own
        return place
    city_key = name_key(place.name)
    for chain in find_chains(sentence):
        keys = [name_key(name.text.rstrip(".")) for name in chain.names]  # the last may end the sentence
        if city_key not in keys[1:]:
            continue
        for name in chain.names[: keys.index(city_key)]:
            town = _beside(name.text, place, gazetteer)
            if town is not None:
                return town
    return place


def _beside(name: str, city: Place, gazetteer: Gazetteer) -> Place | None:
    """The town of this name in the city's country, in another region, within BESIDE_KM of the city."""
    assert city.lat is not None and city.lon is not None
    for town in gazetteer.lookup(name, kind="city", country=city.country):
        if town.admin1 in (None, city.admin1) or town.lat is None or town.lon is None:
            continue
        if distance_km(town.lat, town.lon, city.lat, city.lon) <= BESIDE_KM:
            return town.to_place()
    return None
