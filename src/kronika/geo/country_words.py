"""Reading a country from the capitalised words that write its name or nationality ('Uganda', 'Kenyan')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.geo.resolve import COMMON_WORDS

# The longest country name read from a parsed doc ('Central African Republic'; of 'Democratic Republic of
# Congo' a shorter part, 'Congo', reads the same)
MAX_COUNTRY_WORDS = 3
# A capitalised word or two, as a country's name or demonym is written in plain text ('Uganda', 'South
# Sudanese')
_NAME = re.compile(r"\b[A-Z][\w'’.]*(?:\s+[A-Z][\w'’]*)?")
# Tags under which spaCy files a country's name or nationality it misreads: 'Burkinabe' left untagged,
# 'Nigerien' as a person, 'Burkina Faso police' as a body.
_MISREAD_LABELS = frozenset({"", "ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def written_country(
    written: str, gazetteer: Gazetteer, *, names: bool = True, shared_names: bool = False
) -> str | None:
    """The alpha-3 of the country whose nationality or name `written` is, whole ('Kenyan', 'Burkina
    Faso'); None where it is neither. `names`: a country's name counts beside its nationality.
    `shared_names`: a name that is also a region or a town somewhere ('Georgia', 'Niger'), or a country's
    code, counts too; otherwise it tells no country."""
    if not names:
        return gazetteer.demonym(written)
    if shared_names:
        entry = gazetteer.country(written)
        return entry.country if entry is not None else None
    iso3 = gazetteer.demonym(written)
    if iso3 is not None:
        return iso3
    readings = gazetteer.lookup(written)
    return readings[0].country if readings and all(e.kind == "country" for e in readings) else None


def text_countries(
    text: str, gazetteer: Gazetteer, *, pairs: bool, names: bool = True, shared_names: bool = False
) -> Iterator[str]:
    """The countries plain text writes by capitalised words, in order (`names` and `shared_names` as in
    `written_country`). `pairs`: a capitalised word and the next one are read together, then the first
    alone ('South Sudanese', 'Uganda'), a trailing full stop off; otherwise each capitalised word of the
    text split at spaces is read alone, as written."""
    if not pairs:
        for word in text.split():
            if not word[:1].isupper():
                continue
            iso3 = written_country(word, gazetteer, names=names, shared_names=shared_names)
            if iso3 is not None:
                yield iso3
        return
    for match in _NAME.finditer(text):
        for written in dict.fromkeys((match.group(0), match.group(0).split()[0])):
            iso3 = written_country(written.rstrip("."), gazetteer, names=names, shared_names=shared_names)
            if iso3 is not None:
                yield iso3


def span_country(span: Span, gazetteer: Gazetteer, *, misread_only: bool = False) -> str | None:
    """The alpha-3 of the country whose nationality or name a span of capitalised words writes, whole;
    None where it writes none, or a name that is also a region or a town somewhere ('Georgia', 'Niger').
    `misread_only`: only words spaCy tagged as no place and no nationality count (geo/focus.py counts the
    tagged ones already), nor a common word ('Central'), nor a country's bare name spaCy took for a
    person's ('Chad', 'Jordan'), though a nationality it took for one ('Nigerien') still does."""
    if not all(t.is_title or t.is_upper for t in span):
        return None
    person = False
    if misread_only:
        key = name_key(span.text)
        if not _misread(span) or not key or key in COMMON_WORDS:
            return None
        person = any(t.ent_type_ == "PERSON" for t in span)
    return written_country(span.text, gazetteer, names=not person)


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
