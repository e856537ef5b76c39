"""The town each region is named after, however either is spelled ('Idleb city' -> Idlib)."""

from __future__ import annotations

import difflib
from collections import defaultdict

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key, without_article

# How alike a region's spelling and its town's name must be: 'idleb' ~ 'idlib' (0.8), 'diwaniyah' ~ the
# town 'ad diwaniyah' without its article (1.0), but never 'qadissiya' ~ 'diwaniyah'.
SAME_NAME_RATIO = 0.8
MIN_NAMESAKE_TOWN = 20_000  # a region's seat is a real town; a hamlet sharing a name is not it
MAIN_TOWNS = 3  # a region named after a town is named after one of its biggest
MIN_NAME = 5  # 'Abia' (the state) is too short to tell from 'Aba' (its town)
# Slavic regions are adjectives of their towns ('Odeska', 'Kostromskaja'): the adjective is the region's.
_ADJECTIVE_ENDINGS = ("ska", "skaja", "skaya", "skiy", "skyi", "ski")


def add_namesake_towns(data: GazetteerData) -> None:
    """Link each admin1 region to its biggest town bearing the region's name, however either is spelled:
    reports write 'Idleb city' for the town the gazetteer spells 'Idlib'. Only a name written as a city
    follows the link; a bare 'Idleb' stays the governorate ('Kansafra in Idleb')."""
    region_keys: dict[int, list[str]] = defaultdict(list)
    for key, ids in data.index.items():
        for i in ids:
            if data.rows[i][1] == "admin1":
                region_keys[i].append(key)
    towns = _towns_by_region(data)
    for region, keys in region_keys.items():
        _, _, country, admin1 = data.rows[region][:4]
        found = [_namesake(data, towns.get((country, admin1), []), key) for key in sorted(keys)]
        named = [town for town in found if town is not None]
        if named:
            data.namesakes[region] = max(named, key=lambda i: data.rows[i][6])


def _towns_by_region(data: GazetteerData) -> dict[tuple[str, str | None], list[int]]:
    """Each region's biggest towns' rows by (country, admin1): a region named after a town is named after
    one of its main towns ('Guangdong' is not the small town of Guanlong)."""
    towns: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, row in enumerate(data.rows):
        if row[1] == "city" and row[6] >= MIN_NAMESAKE_TOWN:
            towns[(row[2], row[3])].append(i)
    return {region: sorted(ids, key=lambda i: -data.rows[i][6])[:MAIN_TOWNS] for region, ids in towns.items()}


def _namesake(data: GazetteerData, towns: list[int], key: str) -> int | None:
    """The biggest of a region's towns whose name is `key` respelled, if any."""
    alike = [i for i in towns if _alike(_town_key(data, i), key)]
    return max(alike, key=lambda i: data.rows[i][6], default=None)


def _town_key(data: GazetteerData, row: int) -> str:
    """A town's name key without its Arabic article ('ad diwaniyah' -> 'diwaniyah')."""
    key = name_key(data.rows[row][0])
    return without_article(key) or key


def _alike(town: str, region: str) -> bool:
    """Whether two keys are spellings of one name; a region's adjective ('donetska', 'smolenskaja') is the
    town's name with an ending, and stays the region's."""
    bare = without_article(region) or region
    if len(bare) < MIN_NAME or bare.endswith(_ADJECTIVE_ENDINGS) or (bare != town and bare.startswith(town)):
        return False
    if (bare[:1], bare[-1:]) != (town[:1], town[-1:]):  # 'Lazio' is not Anzio, nor 'Bihar' Bihat
        return False
    return difflib.SequenceMatcher(None, town, bare).ratio() >= SAME_NAME_RATIO
