"""A country's name right after a street address is a town of that name: '109th Ave. and 171st St. in
Jamaica' is Jamaica, Queens, not the island nation."""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.american_local import american_local
from kronika.geo.city_parts import states_written
from kronika.geo.local import STREET_TYPE
from kronika.nlp import doc_text

# the end of an address just before 'in': '... 171st St. in', '... on Maple Avenue in'
_ADDRESS_END: Final = re.compile(rf"\b{STREET_TYPE}\s+in\s*$")
# how far back the address is looked for: a street's name and type before 'in'
_LOOK_BACK: Final = 40


def street_town(gazetteer: Gazetteer, phrase: Span, entry: GeoEntry, focus: str | None) -> GeoEntry:
    """For a country's name that follows a street address ('on the corner of 109th Ave. and 171st St. in
    Jamaica'), the town of the name the text settles on (`_one_town`) in the focus country, else in the
    United States where the page is American local news (`american_local`: an article naming no other
    country may take the named one for its focus); otherwise the entry as read ('on Hamra Street in
    Lebanon' stays the country). Streets lie in towns: a country is hardly ever the next place an address
    names."""
    if entry.kind != "country":
        return entry
    text = doc_text(phrase.doc)
    before = text[max(0, phrase.start_char - _LOOK_BACK) : phrase.start_char]
    if _ADDRESS_END.search(before) is None:
        return entry
    american = LOCAL_NEWS_COUNTRY if american_local(text) else None
    for country in dict.fromkeys(c for c in (focus, american) if c not in (None, entry.country)):
        town = _one_town(gazetteer.lookup(phrase.text, kind="city", country=country), text)
        if town is not None:
            return town
    return entry


def _one_town(towns: list[GeoEntry], text: str) -> GeoEntry | None:
    """The one town of the name the text settles on: the only one, else the biggest in a state the text
    writes ('KOKOMO, Ind.'); None where it settles on none (later stages tell a namesake by its county)."""
    towns = [e for e in towns if e.lat is not None]
    if len(towns) == 1:
        return towns[0]
    written = states_written(text)
    in_states = [e for e in towns if e.admin1 in written]
    return max(in_states, key=lambda e: e.population, default=None)
