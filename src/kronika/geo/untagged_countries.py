"""The country a note names in words spaCy did not tag as a place or a nationality ('Burkinabe soldiers')."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.geo.resolve import COMMON_WORDS

# Tags under which spaCy files a country's name or nationality it misreads: 'Burkinabe' left untagged,
# 'Nigerien' as a person, 'Burkina Faso police' as a body. A place or nationality it tags is counted by
# geo/focus.py already.
_MISREAD_LABELS = frozenset({"", "ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})
# The longest country name read here ('Central African Republic', 'Democratic Republic of Congo' aside:
# a shorter part of it, 'Congo', reads the same)
_MAX_WORDS = 3


# Only words spaCy misread, unlike geo/theatres.names_country: geo/focus.py counts the tagged ones already
def untagged_country(doc: Doc, gazetteer: Gazetteer, homes: frozenset[str] = frozenset()) -> str | None:
    """The one country whose name or nationality a note writes where spaCy tagged it as no place and no
    nationality ('Burkinabe soldiers looted shops', 'Burkina Faso police fired tear gas'); None where it
    writes none or several. A name that is also a region or town somewhere ('Niger' of Nigeria's Niger
    State, 'Georgia'), or that spaCy took for a person's ('Chad Evans', 'Jordan said'), tells no country;
    a nationality it took for a person's name still does ('Nigerien soldiers')."""
    found: set[str] = set()
    i = 0
    while i < len(doc):
        span = _country_span(doc, i, gazetteer)
        if span is None:
            i += 1
            continue
        country = gazetteer.country(span.text)
        if country is not None:
            found.add(country.country)
        i = span.end
    if homes:
        found &= homes
    return next(iter(found)) if len(found) == 1 else None


def _country_span(doc: Doc, start: int, gazetteer: Gazetteer) -> Span | None:
    """The longest span opening at `start` that names only a country or its nationality, in words spaCy
    misread; None where there is none."""
    for end in range(min(len(doc), start + _MAX_WORDS), start, -1):
        span = doc[start:end]
        if not all(t.is_title or t.is_upper for t in span) or not _misread(span):
            continue
        key = name_key(span.text)
        if not key or key in COMMON_WORDS:
            continue
        if gazetteer.demonym(span.text) is not None:
            return span
        # a country's bare name spaCy took for a person's is too often one ('Chad', 'Jordan')
        if any(t.ent_type_ == "PERSON" for t in span):
            continue
        readings = gazetteer.lookup(span.text)
        if readings and all(e.kind == "country" for e in readings):
            return span
    return None


def _misread(span: Span) -> bool:
    """Whether spaCy filed every word of the span as no place and no nationality, nor as part of a
    longer person's name ('Chad' of 'Chad Evans')."""
    for token in span:
        if token.ent_type_ not in _MISREAD_LABELS:
            return False
        if token.ent_type_ == "PERSON" and _entity_length(token) > len(span):
            return False
    return True


def _entity_length(token: Token) -> int:
    """How many words the entity holding a token spans."""
    doc = token.doc
    begin = token.i
    while begin > 0 and doc[begin].ent_iob_ == "I":
        begin -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - begin
