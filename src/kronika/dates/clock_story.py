"""Which time of day dates an event no day dates: its own sentence's, the incident's, the quarrel's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.dates.attach import REFERENCE_DAY
from kronika.dates.clock import find_clock_time
from kronika.dates.context import ContextExpression, tells_incident, usable
from kronika.dates.expressions import TimeExpression
from kronika.model import Detection
from kronika.nlp import sentences as doc_sentences
from kronika.nlp import span_text

# the quarrel a shooting ends comes minutes before it: 'an argument started near midnight', 'a fight between
# two cousins began on the dance floor shortly past 1 a.m.' (then 'shots rang out')
QUARREL_LEMMAS = frozenset({"dispute", "altercation", "argument", "fight", "quarrel", "confrontation"})


def clock_expression(doc: Doc, detection: Detection, *, own_only: bool = False) -> ContextExpression | None:
    """A time of day with no day ('around 1:50 a.m.') in the event's sentence, else (unless `own_only`) in
    the first sentence telling the incident, else in the first telling the quarrel that led to it: the
    report's own day, for an article that names no day at all."""
    here = detection.sentence.start
    others = [] if own_only else [s for s in doc_sentences(doc) if s.start_char != here]
    own = [(s, "its sentence") for s in doc_sentences(doc) if s.start_char == here]
    story = [(s, "the incident's story") for s in others if tells_incident(s)]
    quarrel = [(s, "the quarrel before the incident") for s in others if _tells_quarrel(s)]
    for sentence, where in [*own, *story, *quarrel]:
        found = find_clock_time(span_text(sentence), sentence.start_char)
        day = _named_day(sentence)
        if found is not None and day is not None:
            return ContextExpression(day, f"{where}, the day named with its time of day")
        if found is not None:
            return ContextExpression(found, f"{where}, a time of day with no day named")
    return None


def clock_before(detection: Detection, anaphor: TimeExpression) -> ContextExpression | None:
    """'Deputies arrived near 4:10 p.m. after a call about gunfire, and then closed the block': an
    anaphor with no earlier event to count from follows a time of day before it in its own sentence, which
    names no day and so dates the sentence to the report's day (as `clock_expression` would)."""
    sentence = detection.sentence
    found = find_clock_time(sentence.text, sentence.start)
    if found is None or found.end > anaphor.start:
        return None
    return ContextExpression(found, f"its sentence, a time of day before '{anaphor.text}' with no day named")


def _tells_quarrel(sentence: Span) -> bool:
    """The sentence tells of a dispute, an argument or a fight."""
    return any(t.lemma_.lower() in QUARREL_LEMMAS for t in sentence)


def _named_day(sentence: Span) -> TimeExpression | None:
    """The first day the sentence names ('reported Wednesday afternoon that a victim arrived around 1:30
    p.m.'): a time of day told beside it falls on that day, not on the day of publication."""
    return next(
        (e for e in usable(sentence) if (found := e.resolver(REFERENCE_DAY)) and found.precision == "day"),
        None,
    )
