"""A town read in another first-level region than the district its sentence places it in ('Kunihari
village in Sadar upazila in Jhalakati') gives way to that district's town.

Notes place a village by the units around it, outermost last: 'X village in Y upazila in Z', 'X (Y, Z)'.
Village names repeat across a country, so the namesake the lists hold often lies in another division
than the district the note names; the district is the fact. Where every district the sentence names
after a word of place ('in Z', 'of Z district', '(Z)') lies in one first-level region other than the
town's, and none in the town's own (nor that region itself), the town is taken to be that district's
town (or the district). American notes are left alone: their counties share names across states and
have rules of their own.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.names import name_key
from kronika.geo.resolve import respelled_district
from kronika.geo.romanized import ROMANIZED_COUNTRIES, consonant_key
from kronika.model import Place

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# A district named as an outer unit: after 'in' or 'of', or in brackets or after a comma, written with
# its type word or the headquarters word, or closing the chain ('in Jhalakati.', '(Pabna)', 'of
# Lalmonirhat district', 'in Jamalpur Sadar upazila', '(Pabna sadar)')
_OUTER = re.compile(
    rf"(?:\b(?:in|of)\s+|\(|,\s+)(?P<name>{_NAME})"
    r"(?=\s*[),.;]|\s*$|\s+(?i:district|zila|zilla|upazila|upazilla|sadar|sader)\b)"
)
_HEADQUARTERS = re.compile(r"\s+(?i:sadar|sader)$")  # 'Jamalpur Sadar' is Jamalpur district's own unit
# Where the units around a town end: a clause that goes on to tell why or what else ('... in Bogra city,
# against the killing of an activist in Bhola') names places that are not the town's units.
_CLAUSE_BREAK = re.compile(
    r";|\b(?:against|after|before|over|following|demanding|protesting|when|while|because|with|where|who|which)\b"
)
_WORD_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
RESPELT_CUTOFF = 0.8  # 'Jhalakati' ~ 'Jhalokati' (0.89), where the consonants agree too


def outer_district(place: Place, sentence: str, gazetteer: Gazetteer) -> Place:
    """The town of the district `sentence` places a town in, where the town as read lies in another
    first-level region than every district the sentence names (its own name aside); else the place."""
    if place.precision != "city" or place.country == LOCAL_NEWS_COUNTRY or place.admin1 is None:
        return place
    if re.search(rf"\b{re.escape(place.admin1)}\b", sentence):
        return place  # 'in Kandy city, Central, ... in Colombo': the town's own region is named too
    own = name_key(place.name)
    chain = _chain_after(sentence, own)
    named = [d for d in _districts(chain, place.country, gazetteer) if name_key(d.name) != own]
    regions = {d.admin1 for d in named}
    if len(regions) != 1 or place.admin1 in regions:
        return place
    district = named[-1]
    towns = [
        t
        for t in gazetteer.lookup(district.name, kind="city", country=place.country)
        if t.admin1 == district.admin1
    ]
    return (towns[0] if towns else district).to_place()


def _chain_after(sentence: str, own: str) -> str:
    """The part of `sentence` from its first writing of the town (name key `own`) to the end of the clause
    that places it, where outer units stand ('X village in Y upazila in Z'); empty where the sentence does
    not write the town's name as the lists spell it. A district named before the town, or after the
    clause moves on, is another place ('the office in Gazipur, in Chandpur': the event is in Chandpur)."""
    for run in _WORD_RUN.finditer(sentence):
        words = run.group().split()
        for size in range(len(words), 0, -1):
            if name_key(" ".join(words[:size])) == own:
                rest = sentence[run.start() :]
                cut = _CLAUSE_BREAK.search(rest)
                return rest[: cut.start()] if cut else rest
    return ""


def _respelled(name: str, country: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The districts spelled a little otherwise than `name` whose consonants are its own ('Jhalakati'
    for Jhalokati): in the place of an outer unit, a near spelling that keeps them is the district."""
    if country not in ROMANIZED_COUNTRIES:
        return []  # consonant keys are for names romanized from South Asian scripts
    key = consonant_key(name)
    close = gazetteer.fuzzy_district(name, country, RESPELT_CUTOFF)
    return [e for e in close if consonant_key(e.name) == key]


def _districts(sentence: str, country: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The districts of `country` the sentence names as outer units, in order; a name read as districts
    of more than one first-level region is left out."""
    found = []
    for match in _OUTER.finditer(sentence):
        name = _HEADQUARTERS.sub("", match.group("name"))
        readings = (
            [e for e in gazetteer.lookup(name, kind="admin2", country=country) if e.kind == "admin2"]
            or respelled_district(gazetteer, name, country)
            or _respelled(name, country, gazetteer)
        )
        if readings and len({e.admin1 for e in readings}) == 1:
            found.append(readings[0])
    return found
