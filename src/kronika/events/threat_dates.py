"""Which word dates a threat: the saying of it. 'They said they would hold a rally on Friday' was said
on the day the report gives the statement; Friday is the day of the rally threatened, not of the threat."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.modal_words import REPORTING
from kronika.model import Detection, Span
from kronika.nlp import doc_text
from kronika.textnorm import with_typographic

_PROMISING_AUX: Final = with_typographic({"will", "would", "shall", "'ll", "'d", "wo"})


def dated_by_saying(doc: Doc, detection: Detection) -> Detection:
    """The detection with its trigger moved to the verb that says a threatened act, for dating: a THREATEN
    read from an act announced in a future clause under a reporting verb. Others are returned as they are."""
    if detection.type.plover != "THREATEN":
        return detection
    span = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if span is None:
        return detection
    act = span.root
    saying = _saying_verb(act)
    if saying is None:
        return detection
    # the sentence less the threatened act's clause, whose time expressions date the act
    clause = [t for c in saying.children if c.dep_ == "ccomp" and act in c.subtree for t in c.subtree]
    sentence = detection.sentence
    first, last = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    start, end = (sentence.start, first) if saying.idx < first else (last, sentence.end)
    kept = Span(start, end, doc_text(doc)[start:end])
    return replace(
        detection, sentence=kept, trigger=Span(saying.idx, saying.idx + len(saying.text), saying.text)
    )


def _saying_verb(act: Token) -> Token | None:
    """The reporting verb above an act announced with 'will' or 'would' ('said they would march')."""
    clause = act.head if act.pos_ == "NOUN" and act.dep_ == "dobj" else act
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISING_AUX for c in clause.children):
        return None
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in REPORTING:
        return head
    return None
