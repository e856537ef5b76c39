"""The date an undated sentence inherits from its context: earlier in its paragraph, or the article's lead."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.model import Detection
from kronika.nlp import doc_text
from kronika.nlp import sentences as doc_sentences

# a sentence's own anaphora ("then", "the day before") need an event of its own to point back to
CONTEXT_ANCHORS = {"absolute", "published"}
# verbs and nouns by which a report says when its incident took place (general news vocabulary)
INCIDENT_LEMMAS = {
    "happen", "occur", "shoot", "shooting", "kill", "wound", "injure", "stab", "attack", "fire",
    "die", "crash", "explode", "explosion", "clash", "incident",
}  # fmt: skip


@dataclass(frozen=True)
class ContextExpression:
    """A time expression borrowed from another sentence, with where it was found (for the reason)."""

    expression: TimeExpression
    where: str


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the paragraph (text between line breaks) holding [start, end)."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, len(text) if stop < 0 else stop


def _earlier_in_paragraph(doc: Doc, detection: Detection) -> Iterator[Span]:
    """Sentences before the event's sentence in its paragraph, nearest first."""
    begin, _ = paragraph_bounds(doc_text(doc), detection.sentence.start, detection.sentence.end)
    earlier = [
        s for s in doc_sentences(doc) if begin <= s.start_char and s.end_char <= detection.sentence.start
    ]
    return reversed(earlier)


def _lead(doc: Doc) -> Span | None:
    """The article's first sentence with any words in it."""
    return next((s for s in doc_sentences(doc) if s.text.strip()), None)


def _first_usable(sentence: Span) -> TimeExpression | None:
    """The sentence's first expression that does not itself refer back to another event."""
    found = find_expressions(sentence.text, sentence.start_char)
    return next((e for e in found if e.anchor in CONTEXT_ANCHORS), None)


def context_expression(doc: Doc, detection: Detection) -> ContextExpression | None:
    """The time expression an undated event inherits: earlier in its paragraph, the lead, or the same word."""
    for sentence in _earlier_in_paragraph(doc, detection):
        found = _first_usable(sentence)
        if found is not None:
            return ContextExpression(found, "an earlier sentence of its paragraph")
    lead = _lead(doc)
    if lead is not None and lead.start_char < detection.sentence.start:
        found = _first_usable(lead)
        if found is not None:
            return ContextExpression(found, "the article's lead sentence")
    return _same_word_elsewhere(doc, detection) or _article_date(doc, detection)


def _same_word_elsewhere(doc: Doc, detection: Detection) -> ContextExpression | None:
    """The first dated sentence elsewhere that names the event with the trigger's word ('the shooting')."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    lemma = trigger.root.lemma_.lower()
    for sentence in doc_sentences(doc):
        if sentence.start_char == detection.sentence.start or not any(
            t.lemma_.lower() == lemma for t in sentence
        ):
            continue
        found = _first_usable(sentence)
        if found is not None:
            return ContextExpression(found, f"another sentence about the same '{lemma}'")
    return None


def _article_date(doc: Doc, detection: Detection) -> ContextExpression | None:
    """The story's own date: the first sentence telling when the incident happened, else the first date."""
    others = [s for s in doc_sentences(doc) if s.start_char != detection.sentence.start]
    for sentence in (s for s in others if _tells_incident(s)):
        found = _first_usable(sentence)
        if found is not None:
            return ContextExpression(found, "the article's first sentence dating the incident")
    first = next((e for e in map(_first_usable, others) if e is not None), None)
    return ContextExpression(first, "the article's first dated sentence") if first else None


def _tells_incident(sentence: Span) -> bool:
    """The sentence reports an incident's occurrence: 'it happened', 'was shot', 'were killed'."""
    return any(t.lemma_.lower() in INCIDENT_LEMMAS for t in sentence)
