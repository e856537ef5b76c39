"""The place a paragraph's other sentences name, for an event whose sentence names none or only a country."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo.text_place import place_in
from kronika.model import Place
from kronika.nlp import per_doc
from kronika.nlp import sentences as doc_sentences


def place_before(
    doc: Doc,
    sentence: Span,
    paragraph_start: int,
    gazetteer: Gazetteer,
    focus: str | None,
    hinted: frozenset[str],
) -> Place | None:
    """The place of the nearest earlier sentence of the same paragraph (which opens at character
    `paragraph_start`) that names one."""
    earlier = [
        s for s in doc_sentences(doc) if paragraph_start <= s.start_char and s.end_char <= sentence.start_char
    ]
    for previous in reversed(earlier):
        place = sentence_place(doc, previous, gazetteer, focus, hinted)
        if place is not None:
            return place
    return None


def place_after(
    doc: Doc,
    sentence: Span,
    paragraph_end: int,
    gazetteer: Gazetteer,
    focus: str | None,
    hinted: frozenset[str],
    country: Place | None,
) -> Place | None:
    """For a sentence naming no place, the place of the nearest later sentence of its paragraph (which
    ends at character `paragraph_end`) that names one in the country known so far ('A man was hacked in
    a clash. They clashed at a colony in Chittagong on Tuesday.'): a note tells one event, and says where
    after what happened; else the country."""
    later = [
        s for s in doc_sentences(doc) if sentence.end_char <= s.start_char and s.end_char <= paragraph_end
    ]
    for following in later:
        place = sentence_place(doc, following, gazetteer, focus, hinted)
        if place is not None and place.precision != "country":
            return place if country is None or place.country == country.country else country
    return country


def sentence_place(
    doc: Doc, sentence: Span, gazetteer: Gazetteer, focus: str | None, hinted: frozenset[str]
) -> Place | None:
    """The place a whole sentence names, read at its root, once per doc: every event of a long paragraph
    that names no town of its own looks through the same neighbouring sentences."""
    known: dict[tuple[int, str | None, frozenset[str]], Place | None] = per_doc(
        doc, "kronika.sentence_places", dict
    )
    key = (sentence.start_char, focus, hinted)
    if key not in known:
        known[key] = place_in(doc, sentence, gazetteer, focus, sentence.root, hinted)
    return known[key]
