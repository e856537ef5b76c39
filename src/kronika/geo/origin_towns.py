"""The town a local page names only as where its people come from ('two brothers from Tulsa').

A page whose text names no town as a place, no county, station or police, fell to the country: its one
town was skipped because 'from Tulsa' says where someone lives, not where anything happened. Local news
covers its own market's people, so where that is the only town the page names, it is better than the
country. Read only as the page's last resort (`geo/page_place.py`), and only where every such town the
page names is the same one: two homes say nothing about the scene. In the Gun Violence Archive's study
slice (2,100 pages) 14 pages fell to the country; this read one of them, the archive's own town.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.article import ArticlePlaces, credit_line, state_named
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import Chain
from kronika.geo.local import hospital_town
from kronika.geo.surnames import someones_word
from kronika.nlp import doc_text

# 'brothers from Tulsa', 'Evans, 17, of Brookhaven': where people live. Not 'from the White House' (a
# building or body, which the article's 'the' marks) nor 'four blocks from Dallas' (a distance).
_FROM = re.compile(r"(?:\bfrom|\d,\s+of)\s+$")
_DISTANCE = re.compile(
    r"\b(?:blocks?|miles?|mi|km|kilometers|kilometres|feet|yards|minutes|hours)\s+(?:away\s+)?from\s+$"
)
_FROM_CHARS = 40  # how far back 'from' (or '17, of') and a distance before it are looked for


def origin_town(doc: Doc, gazetteer: Gazetteer, places: ArticlePlaces) -> GeoEntry | None:
    """The one town of the places' focus country the article writes only after 'from' ('brothers from
    Tulsa'), where the article names no county and every town so written is that one; None otherwise.
    `places` are the article's, as `article_places` read them."""
    text, focus = doc_text(doc), places.focus
    if any(chain.names[0].county for chain in places.chains):  # a county's story: the county reads it
        return None
    towns: set[GeoEntry] = set()
    for chain in places.chains:
        if not _from_town(text, chain):
            continue
        found = resolve_chain(gazetteer, chain, focus, places.hinted)
        if found is None:
            continue
        town = gazetteer.region_city(found.entry) or found.entry
        if town.kind != "city" or town.country != focus:
            continue
        if found.support < 2 and (
            state_named(gazetteer, town) or someones_word(doc, text, town.name, chain.start, chain.end)
        ):
            continue  # 'a letter from Jackson': the man, not the town
        towns.add(town)
    return next(iter(towns)) if len(towns) == 1 else None


def _from_town(text: str, chain: Chain) -> bool:
    """Whether a chain is written after 'from' as where people come from, not a distance's landmark
    ('two blocks from the White House'), a hospital's town or a reporter's ('contributed reporting from
    Sioux Falls')."""
    return (
        _FROM.search(text, max(0, chain.start - _FROM_CHARS), chain.start) is not None
        and _DISTANCE.search(text, max(0, chain.start - _FROM_CHARS), chain.start) is None
        and not any(hospital_town(text, name.start, name.end) for name in chain.names)
        and not credit_line(text, chain.start)
    )
