"""The country of a report that names none: the one country its small towns all lie in.

A short conflict note often names only a village or a small town ('shops in Mizdah stayed shut after
the shelling'), no country and no region. Such a name is too small to be read abroad on its own (a bare
foreign town must be sizeable), so the note gets no country and no place at all. Yet a town name
that the lists hold in one country only says which country the note is about.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.dateline import credited
from kronika.geo.listed_towns import counts_as_rival, listed_town_country
from kronika.geo.names import name_key, strip_region_type
from kronika.geo.placed_objects import placed_object
from kronika.geo.resolve import BODY_WORDS, COMMON_WORDS
from kronika.nlp import doc_text, entities

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A hamlet's name is too often a word or a namesake of a place the lists lack ('Port', a village of 900
# in France): only a town this big tells the country.
MIN_LONE_TOWN = 5_000
# A district's name tells its country over towns of the name abroad smaller than this, as a bare foreign
# name must be this big to be read at all (geo/resolve.py): 'In Magura, ...' is Bangladesh's district,
# not one of Romania's villages of Măgura.
MIN_RIVAL_OF_DISTRICT = 20_000


def lone_town_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The alpha-3 of the one country that the towns spaCy tags as places lie in, where each such name
    reads as a town of MIN_LONE_TOWN people in that country and as nothing anywhere else but a hamlet
    (`counts_as_rival`); None where the names disagree or none reads so."""
    votes: Counter[str] = Counter()
    for ent in entities(doc):
        if not _town_like(ent) or credited(doc_text(doc), ent.start_char, ent.end_char):
            continue
        if gazetteer.country(ent.text) is not None:  # 'the US dollar': a country named is no town
            continue
        name = strip_region_type(name_key(ent.text))  # 'Mehran county' is read by its town
        if name in COMMON_WORDS or name in BODY_WORDS:  # 'against Centre': a government, no Centre, Ala.
            continue
        readings = [e for e in gazetteer.lookup(name) if e.lat is not None and counts_as_rival(e)]
        towns = [e for e in readings if e.kind == "city" and e.population >= MIN_LONE_TOWN]
        if towns and len({e.country for e in readings}) == 1:
            votes[towns[0].country] += 1
        elif (district := _lone_district(readings)) is not None:
            votes[district] += 1
    if not votes:  # no town tagged as a place: those of our own list an untagged word names, else a
        # town the sentence puts the event in though spaCy took its name for a person's ('in Lagawa')
        return listed_town_country(doc, gazetteer) or untagged_town_country(doc, gazetteer)
    return next(iter(votes)) if len(votes) == 1 else None


def _town_like(ent: Span) -> bool:
    """Whether an entity may name a town: tagged a place, or a name of several words tagged a person or a
    body, or any name tagged a date, where a preposition of place governs it ('protested in Lakki Marwat');
    a one-word name tagged a person or a body is weighed by `untagged_town_country`, which asks more of it."""
    if ent.label_ in _PLACE_LABELS:
        return True
    # a date's tag on a name is no person's, so a name of one word counts too ('In Sarlahi, ...')
    return (len(ent) > 1 or ent.label_ == "DATE") and placed_object(ent, ent)


def _lone_district(readings: list[GeoEntry]) -> str | None:
    """The country of the one second-level district a name's `readings` hold, where no other country
    has a region of the name or a town of MIN_RIVAL_OF_DISTRICT people; else None. A region's name
    ('The South has seen worse': New Caledonia's South province) is too often a common word."""
    districts = {e.country for e in readings if e.kind == "admin2"}
    if len(districts) != 1:
        return None
    home = next(iter(districts))
    abroad = [e for e in readings if e.country != home]
    return home if all(e.kind == "city" and e.population < MIN_RIVAL_OF_DISTRICT for e in abroad) else None


# A one-word name spaCy took for a person or a body is a town only where the sentence puts something in
# it: after 'in', 'at' or 'near', or as the place of those who live there ('Residents of Lagawa').
_AT_WORDS = frozenset({"in", "at", "near"})
_DWELLERS = frozenset({"residents", "villagers", "inhabitants", "people", "youths", "town", "outskirts"})
_UNTAGGED = frozenset({"PERSON", "ORG", ""})
# Such a name must read as a town this big: a hamlet's name is too often someone's.
MIN_UNTAGGED_TOWN = 10_000


def untagged_town_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The one country of the towns a note names in a place's role ('Residents of Lagawa', 'fighting in
    Tonj') where spaCy tagged the name as a person or a body or not at all: each must read as a town of
    MIN_UNTAGGED_TOWN people in that country and as nothing anywhere else but a hamlet."""
    found: set[str] = set()
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_title and token.ent_type_ in _UNTAGGED and _placed(token)):
            continue
        if token.ent_type_ and (token.ent_iob_ != "B" or _entity_length(token) != 1):
            continue  # a word of a longer name ('Lagawa Ali')
        if any(child.dep_ == "compound" for child in token.lefts):
            continue  # the last word of a longer name ('near Oktiabr Mine' is no Mine in Japan)
        readings = [e for e in gazetteer.lookup(token.text) if e.lat is not None and counts_as_rival(e)]
        towns = [e for e in readings if e.kind == "city" and e.population >= MIN_UNTAGGED_TOWN]
        if towns and len({e.country for e in readings}) == 1:
            found.add(towns[0].country)
    return next(iter(found)) if len(found) == 1 else None


def _placed(token: Token) -> bool:
    """Whether a name stands where a place does: after 'in', 'at' or 'near' ('clashes in Lagawa'), or as
    the home of those named before it ('Residents of Lagawa')."""
    head = token.head
    if token.dep_ != "pobj" or head is token:
        return False
    return head.lower_ in _AT_WORDS or (head.lower_ == "of" and head.head.lower_ in _DWELLERS)


def _entity_length(token: Token) -> int:
    """How many words the entity a token opens spans."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - token.i
