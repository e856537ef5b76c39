"""The town an institution is named after, as the place of an event held at it ('at Meru University').

A terse note may name no town, only the body the event took place at: 'students clashed at Kisumu
Polytechnic', 'a strike at Nyeri County Referral Hospital'. Such a body is most often named after the
town it stands in, so where nothing better than a country places the event, the town the name opens
with does (also where spaCy tags the town alone, the body's word after it: 'at Kapoeta North jail').
Only a body the event is at or in counts ('taken to Kisumu Hospital' tells where the hurt
were brought, not where they were hurt), and only a name ending in a word for such a body.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.resolve import resolve_name
from kronika.model import Place
from kronika.nlp import entities

_BODY_WORDS = frozenset(
    {"university", "college", "institute", "polytechnic", "academy", "school", "hospital", "stadium",
     "prison", "jail", "barracks", "airport"}
)  # fmt: skip
_BODY_LABELS = frozenset({"ORG", "FAC"})
# 'at', 'in', 'outside' the body: the event took place there; 'Strike:At X' opens a note's text
_AT = re.compile(r"(?:^|[\s:;,(])(?:at|in|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
MIN_NAME_WORDS = 2  # the town's name and at least the body's word


def institution_place(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town (or region) the first body the sentence places its event at is named after, read as
    any name is (a town abroad must be sizeable); None where the sentence names no such body."""
    text = sentence.doc.text
    for ent in entities(sentence.doc):
        if not (sentence.start_char <= ent.start_char < sentence.end_char):
            continue
        if ent.label_ not in _BODY_LABELS or not _AT.search(text[sentence.start_char : ent.start_char]):
            continue
        entry = _named_after(_words(ent) + _body_word_after(ent), gazetteer, focus)
        if entry is not None:
            return entry.to_place()
    return None


def _words(ent: Span) -> list[str]:
    """The entity's words without a leading article."""
    words = ent.text.split()
    return words[1:] if words and words[0].lower() == "the" else words


def _body_word_after(ent: Span) -> list[str]:
    """The word for a body written just after an entity that leaves it out ('at [Kapoeta North] jail',
    spaCy tagging the town alone as a group), else nothing."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    body = after is not None and after.lower_ in _BODY_WORDS and ent[-1].lower_ not in _BODY_WORDS
    return [after.text] if after is not None and body else []


def _named_after(words: list[str], gazetteer: Gazetteer, focus: str | None) -> GeoEntry | None:
    """The place the longest run of a body's opening words names, if the name ends in a body's word."""
    if len(words) < MIN_NAME_WORDS or words[-1].lower() not in _BODY_WORDS:
        return None
    for end in range(len(words) - 1, 0, -1):
        entry = resolve_name(gazetteer, " ".join(words[:end]), focus)
        if entry is not None and entry.kind != "country":
            return entry
    return None
