"""Border towns that stand on both sides of a frontier under one name (Namanga, Busia, Malaba, Moyale):
the side of the country whose people or forces act in the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from spacy.tokens import Span, Token

from kronika.geo.nearby import entries_km

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry
    from kronika.model import Place

# Two towns of one name this close, in two countries, are the halves of one border town (Namanga's lie
# under a kilometre apart, Busia's some 4 km); namesakes farther apart are told apart by other means.
TWIN_KM: Final = 15.0
# Roles of a word for whoever does the deed: the subject of an active verb ('Kenyans barricaded the
# road') or the agent of a passive one ('were arrested by Ugandan police'); a passive subject is done to.
_DOER_ROLES: Final = frozenset({"nsubj"})
_AGENT: Final = "agent"
# Words that qualify a doer with its nation: 'Kenyan police', "Uganda's army", 'Tanzania police'
_QUALIFIERS: Final = frozenset({"amod", "compound", "poss", "nmod"})


def border_side(place: Place, sentence: Span, gazetteer: Gazetteer) -> Place:
    """The half of a border town the sentence's doers belong to: 'Kenyan police arrested traders at
    Busia' happened on Kenya's side, 'Ugandans blocked the road at Busia' on Uganda's, whichever half the
    lists name first. The place unchanged where it has no twin across a frontier, or the doers' nations
    do not pick one half."""
    if place.precision != "city" or place.lat is None or place.lon is None:
        return place
    namesakes = gazetteer.lookup(place.name)
    here = next((e for e in namesakes if _is(e, place)), None)
    if here is None:
        return place
    twins = [e for e in namesakes if e.kind == "city" and _twin(e, here)]
    if not twins:
        return place
    nations = doer_nations(sentence, gazetteer)
    halves = [e for e in (here, *twins) if e.country in nations]
    if len(halves) != 1 or halves[0] == here:
        return place
    return halves[0].to_place()


def doer_nations(sentence: Span, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries of the doers the sentence names by nation ('Kenyans barricaded', 'Kenyan police
    arrested', 'were beaten by Ugandan soldiers'), as alpha-3 codes."""
    found = set()
    for token in sentence:
        country = _nation(token, gazetteer)
        if country is not None and (_doer(token) or (token.dep_ in _QUALIFIERS and _doer(token.head))):
            found.add(country)
    return frozenset(found)


def _doer(token: Token) -> bool:
    """Whether a word is the subject of an active verb or the object of a passive verb's 'by'."""
    return token.dep_ in _DOER_ROLES or (token.dep_ == "pobj" and token.head.dep_ == _AGENT)


def _nation(token: Token, gazetteer: Gazetteer) -> str | None:
    """The country a word names as a nationality ('Kenyans', 'Ugandan') or by its name ('Tanzania')."""
    if not token.is_title:  # 'IN', 'TO' are words, not India's or Togo's codes
        return None
    demonym = gazetteer.demonym(token.text)
    if demonym is not None:
        return demonym
    country = gazetteer.country(token.text)
    return country.country if country is not None and country.kind == "country" else None


def _is(entry: GeoEntry, place: Place) -> bool:
    """Whether a gazetteer entry is the town the place was read as."""
    return entry.kind == "city" and (entry.country, entry.admin1, entry.lat, entry.lon) == (
        place.country,
        place.admin1,
        place.lat,
        place.lon,
    )


def _twin(entry: GeoEntry, here: GeoEntry) -> bool:
    """Whether a town of the same name lies across a frontier from `here`, within TWIN_KM."""
    return entry.country != here.country and entries_km(entry, here) <= TWIN_KM
