"""The country a note names in words spaCy did not tag as a place or a nationality ('Burkinabe soldiers')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo.country_words import MAX_COUNTRY_WORDS, span_country


def untagged_country(doc: Doc, gazetteer: Gazetteer, homes: frozenset[str] = frozenset()) -> str | None:
    """The one country whose name or nationality a note writes where spaCy tagged it as no place and no
    nationality ('Burkinabe soldiers looted shops', 'Burkina Faso police fired tear gas'); None where it
    writes none or several. A name that is also a region or town somewhere ('Niger' of Nigeria's Niger
    State, 'Georgia'), or that spaCy took for a person's ('Chad Evans', 'Jordan said'), tells no country;
    a nationality it took for a person's name still does ('Nigerien soldiers')."""
    found: set[str] = set()
    i = 0
    while i < len(doc):
        read = _country_span(doc, i, gazetteer)
        if read is None:
            i += 1
            continue
        span, country = read
        found.add(country)
        i = span.end
    if homes:
        found &= homes
    return next(iter(found)) if len(found) == 1 else None


def _country_span(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    """The longest span opening at `start` that names only a country or its nationality, in words spaCy
    misread, and that country; None where there is none."""
    for end in range(min(len(doc), start + MAX_COUNTRY_WORDS), start, -1):
        span = doc[start:end]
        # misread words only: geo/focus.py counts the places and nationalities spaCy tagged already
        country = span_country(span, gazetteer, misread_only=True)
        if country is not None:
            return span, country
    return None
