"""A sub-district the note names by its type word ('Digapahandi block', 'Lam Sonthi district', 'Uri
sector') read as the town it is named after, where the lists lack the unit but hold that town.

Coders place an event in a village the lists lack at the village; the best a gazetteer without it can
do is the smallest unit the note also names. Blocks, tehsils, townships, upazilas, sectors and most
districts are named after their seat, so the town of that name in the region the event was placed in
lies far nearer the village than the region's or a bigger district's centre.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.geo.unit_homes import unit_home
from kronika.model import Place

# Type words of units below the first level that take their seat's name. 'County' is left out: an
# American county is seldom named after a town in it.
_UNIT_WORDS = (
    r"block|sub-?division|tehsil|tahsil|taluka|taluk|mandal|sector|sub-?district|district|township"
    r"|upazila|LGA|local government area|municipality|commune|amphoe|tambon|circle"
)
# Up to four capitalised words (with 'al', 'el', 'de' between them) right before a unit's type word.
_SUBUNIT = re.compile(
    rf"\b((?:[A-Z][\w'’-]*\s+(?:(?:al|el|ad|as|an|de|del|la|wa)\s+)?){{0,3}}[A-Z][\w'’-]*)"
    rf"\s+(?i:{_UNIT_WORDS})\b"  # the type word capitalised too: 'Monoharganj Upazila', 'Mansi Township'
)
# The place a note writes the sub-district as belonging to: "Satkhira's Shyamnagar upazila"
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+")  # a capitalised word of the units written after one
_POSSESSOR = re.compile(r"^.*['’]s\s+")
_SUFFIX = re.compile(r"['’]s\s+$")
# A town's name as the note spells it may differ a little from the lists' ('Pokhran' / 'Pokaran').
RESPELL_CUTOFF = 0.85
# A sub-district lies this near the district or town the note names after it (the district's centre
# or seat: 'Pokhran subdivision' lies 100 km from Jaisalmer, the town of its district).
UNIT_REACH_KM = 120.0
UNITS_CHARS = 60  # the units written after a sub-district fit in this many characters
MIN_RESPELLED = 6  # a shorter name is one or two letters from too many others


def subunit_town(place: Place | None, sentence: str, gazetteer: Gazetteer) -> Place | None:
    """The town a sub-district named in the sentence is named after, where the place found is no
    nearer than a region or district of the same first-level region (its centre, or the town a bigger
    unit written after the sub-district is named after); else the place unchanged."""
    if place is None or place.admin1 is None:
        return place
    for match in _SUBUNIT.finditer(sentence):
        if place.country == "USA" and match.group().lower().endswith("township"):
            continue  # an American township is a municipality of its own, not named after a seat town
        if unit_home(sentence, match.start(1), match.end(1)):
            continue  # 'the president of Rajbari district student union': his unit's, not the scene
        possessor = _POSSESSOR.match(match.group(1))
        owner = possessor.group() if possessor else ""  # "Satkhira's ": a unit written before it
        if not _coarser(
            place, f"{_SUFFIX.sub('', owner)} {_units_after(sentence[match.end() :])}", gazetteer
        ):
            continue
        town = _town(match.group(1)[len(owner) :], place, gazetteer)
        if town is not None and name_key(town.name) != name_key(place.name):
            return replace(town.to_place(), admin1=place.admin1)  # the region list's spelling
    return place


def _coarser(place: Place, after: str, gazetteer: Gazetteer) -> bool:
    """Whether the place is no finer than a unit written after the sub-district: a region or
    district (placed at its centre), or a town named like a unit the note writes after it ('Ganjam'
    in 'Digapahandi block (Ganjam, Odisha)'), in the lists' spelling or another ('Moulvibazar' for
    Maulavi Bazar)."""
    if place.precision == "admin1":
        return True
    if place.precision != "city":
        return False
    if f" {name_key(place.name)} " in f" {name_key(after)} ":
        return True
    return any(_spells(word, place, gazetteer) for word in _NAME_WORD.findall(after))


def _spells(word: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a written word is another spelling of the place's town."""
    return any(
        e.kind == "city" and e.name == place.name and e.admin1 == place.admin1
        for e in gazetteer.lookup(word, country=place.country)
    )


def _units_after(text: str) -> str:
    """The units a note writes after a sub-district: to the bracket closing them, within UNITS_CHARS
    ('(Ganjam, Odisha)'); not the rest of the sentence, whose actors may bear the town's name ('Myaung
    township (Sagaing district, Sagaing region), the Myaung PDF attacked')."""
    text = text[:UNITS_CHARS]
    closed = text.find(")")
    return text[: closed + 1] if closed >= 0 else text


def _town(written: str, place: Place, gazetteer: Gazetteer) -> GeoEntry | None:
    """The biggest town of the place's first-level region called by the written name, else spelled
    very like it, within reach of the place."""
    towns = [
        e
        for e in gazetteer.lookup(written, kind="city", country=place.country)
        if _same_region(e.admin1, place.admin1) and _within_reach(e, place)
    ]
    if towns:
        return towns[0]
    key = name_key(written)
    if len(key) < MIN_RESPELLED:  # 'Uri' is a letter from 'Puri'
        return None
    if gazetteer.lookup(written, kind="city", country=place.country):
        return None  # a name the lists hold elsewhere is that place, not a misspelling of another
    close = gazetteer.fuzzy_town(written, place.country, {place.admin1}, RESPELL_CUTOFF)
    return next((e for e in close if name_key(e.name)[:1] == key[:1] and _within_reach(e, place)), None)


def _within_reach(town: GeoEntry, place: Place) -> bool:
    """Whether a town may be a unit of the place found: anywhere in a region found alone, but near a
    district or town found (a village of one name lies in many districts: 'Tegalsari subdistrict' of
    Tegal city is not the Tegalsari 250 km away)."""
    if town.lat is None or town.lon is None:
        return False
    if place.name == place.admin1 or place.lat is None or place.lon is None:
        return True
    return distance_km(town.lat, town.lon, place.lat, place.lon) <= UNIT_REACH_KM


def _same_region(a: str | None, b: str | None) -> bool:
    """Whether two spellings name one region: the town list and the region list space some names
    differently ('Lopburi', 'Lop Buri')."""
    return a is not None and b is not None and name_key(a).replace(" ", "") == name_key(b).replace(" ", "")
