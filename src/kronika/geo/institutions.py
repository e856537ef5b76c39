"""The town an institution is named after, as the place of an event held at it ('at Meru University').

A terse note may name no town, only the body the event took place at: 'students clashed at Kisumu
Polytechnic', 'a strike at Nyeri County Referral Hospital'. Such a body is most often named after the
town it stands in, so where nothing better than a country places the event, the town the name opens
with does (also where spaCy tags the town alone, the body's word after it: 'at Kapoeta North jail').
Only a body the event is at, in or near counts, or one whose own people act ('students of Jaffna
University staged a sit-in'): 'taken to Kisumu Hospital' tells where the hurt were brought, not where
they were hurt. The name must hold a word for such a body, before the town ('the University of
Nairobi') or after it, with nothing but 'of ...' following ('Khulna University of Engineering').
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
     "prison", "jail", "barracks", "airport",
     # offices and stands a town names, where protests gather: 'outside the Jaffna District Secretariat',
     # 'in front of Aranayaka Divisional Secretariat', 'at the Kandy Bus Stand'
     "secretariat", "kachcheri", "parishad", "stand", "terminal"}
)  # fmt: skip
# spaCy tags a town's office as a place as often as a body: 'outside [the Jaffna District Secretariat]'
_BODY_LABELS = frozenset({"ORG", "FAC", "LOC"})
# Offices only one country has, with its alpha-3: the town such an office is named after is sought in that
# country, though the note names none ('Aranayaka Divisional Secretariat': Sri Lanka's division's office)
_NATIONAL_BODIES = {"divisional secretariat": "LKA", "kachcheri": "LKA", "upazila parishad": "BGD"}
# 'at', 'in', 'outside', 'near' the body: the event took place there; 'Strike:At X' opens a note's text;
# 'students of X University' (or 'from' it): a body's own people act at it
_AT = re.compile(r"(?:^|[\s:;,(])(?:at|in|inside|outside|near|of|from)\s+(?:the\s+)?$", re.IGNORECASE)
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
        words = _words(ent) + _body_word_after(ent)
        entry = _named_after(words, gazetteer, focus or _national(words))
        if entry is not None:
            return entry.to_place()
    return None


def _words(ent: Span) -> list[str]:
    """The entity's words without a leading article, in the town-first order ('University of Jaffna' ->
    'Jaffna University') and without what follows the body's word ('Khulna University of Engineering
    and Technology' -> 'Khulna University')."""
    words = ent.text.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) > 2 and words[0].lower() in _BODY_WORDS and words[1].lower() == "of":
        return [*words[2:], words[0]]
    first = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _BODY_WORDS), None)
    return words[: first + 1] if first is not None and words[first + 1 : first + 2] == ["of"] else words


def _body_word_after(ent: Span) -> list[str]:
    """The word for a body written just after an entity that leaves it out ('at [Kapoeta North] jail',
    spaCy tagging the town alone as a group), else nothing."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    body = after is not None and after.lower_ in _BODY_WORDS and ent[-1].lower_ not in _BODY_WORDS
    return [after.text] if after is not None and body else []


def _national(words: list[str]) -> str | None:
    """The one country whose own office the body's words end in ('Divisional Secretariat': LKA)."""
    written = " ".join(words).lower()
    return next((iso for body, iso in _NATIONAL_BODIES.items() if written.endswith(body)), None)


def _named_after(words: list[str], gazetteer: Gazetteer, focus: str | None) -> GeoEntry | None:
    """The place the longest run of a body's opening words names, if the name ends in a body's word."""
    if len(words) < MIN_NAME_WORDS or words[-1].lower() not in _BODY_WORDS:
        return None
    for end in range(len(words) - 1, 0, -1):
        entry = resolve_name(gazetteer, " ".join(words[:end]), focus)
        if entry is not None and entry.kind != "country":
            return entry
    return None
