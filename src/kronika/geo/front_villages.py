"""Front villages the registry lists lack: our own table (data/front_villages.tsv), read on front reports."""

from __future__ import annotations

from functools import cache

from kronika.geo.chains import find_chains
from kronika.geo.listed_towns import ListedTown, read_listed_towns
from kronika.geo.names import name_key
from kronika.model import Place

TABLE = "data/front_villages.tsv"


@cache
def load_front_villages() -> tuple[ListedTown, ...]:
    """The shipped table (read once: it never changes while running)."""
    return tuple(read_listed_towns(table=TABLE))


@cache
def _by_key(villages: tuple[ListedTown, ...]) -> dict[tuple[str, str], tuple[ListedTown, ...]]:
    """The villages under (country, name key) of each of their spellings."""
    index: dict[tuple[str, str], list[ListedTown]] = {}
    for village in villages:
        for key in dict.fromkeys(name_key(name) for name in village.names):
            index.setdefault((village.iso3, key), []).append(village)
    return {key: tuple(found) for key, found in index.items()}


def front_village(
    name: str, country: str, regions: tuple[str, ...], villages: tuple[ListedTown, ...] | None = None
) -> ListedTown | None:
    """The table's village called `name` in one of a front's `regions`, if exactly one is so called
    (two of one name along the line leave the report's village unknown)."""
    table = load_front_villages() if villages is None else villages
    found = [v for v in _by_key(table).get((country, name_key(name)), ()) if v.admin1 in regions]
    return found[0] if len(found) == 1 else None


def stands_in_for_village(place: Place, sentence: str) -> bool:
    """Whether a place may stand in for a village the sentence names in its region: it is the region
    ('near Pyshchevyk, Donetsk'), the region's city, or a town the sentence never writes, read from a
    name spelled a little differently ('Bohdanivka, Donetsk' taken for Zhdanivka)."""
    return (
        place.precision == "admin1"
        or place.name in (place.admin1, place.country)
        or place.name not in sentence
    )


def village_before_region(place: Place | None, sentence: str) -> Place | None:
    """The table's village a sentence names before the region it places an event in ('near Orikhove,
    Luhansk'), where nothing ties the report to a front: the region written says which village is
    meant. Any other place stays as it is."""
    if place is None or place.admin1 is None or not stands_in_for_village(place, sentence):
        return place
    for chain in find_chains(sentence):
        for name in chain.names:
            village = front_village(name.text, place.country, (place.admin1,))
            if village is not None:
                return village.to_place()
    return place
