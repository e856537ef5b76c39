"""The last resort for an incident the article dates no other way: the day of a later act told of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.clock import is_clock_time
from kronika.dates.context import RECENT_DAYS, ContextExpression, usable
from kronika.dates.expressions import TimeExpression
from kronika.dates.hanging import JUSTICE_LEMMAS, dates_aftermath, hanging_verb, is_after
from kronika.model import Detection
from kronika.nlp import sentences as doc_sentences


def report_day(doc: Doc, detection: Detection, published: date | None) -> ContextExpression | None:
    """'His name was not released as of 5 p.m. Friday', 'police said Tuesday': where no sentence dates the
    incident, nor gives a time of day or a post's day, the first day an arrest, charge or statement of the
    article is dated to, within the month before publication. An incident comes no later than the acts
    telling of it, so that day is the nearest the article comes to its own; the caller still prefers a day
    the article gives before it. A day of the past only: a hearing set for Monday dates nothing yet."""
    found = _first_recent_act(
        doc, published, lambda e: dates_aftermath(doc, e), skip=detection.sentence.start
    )
    if found is None:
        return None
    return ContextExpression(found, "the day of a later act the article tells of it")


def act_before_clock(
    doc: Doc, borrowed: ContextExpression | None, published: date | None
) -> ContextExpression | None:
    """'He shot himself at 10:45 p.m.' ... 'police arrested him on Thursday': an incident dated only by a time
    of day naming no day, so to the report's own day, where the article dates an arrest or charge to an
    earlier day (within the month before publication): that act's day, whose caller still prefers a day the
    article gives before it. An incident comes no later than the arrest it led to; a statement dates nothing
    so surely ('the captain told reporters Monday' may speak of another matter)."""
    if borrowed is None or published is None or not is_clock_time(borrowed.expression):
        return None
    found = _first_recent_act(doc, published, lambda e: _justice_before(doc, e, published))
    if found is None:
        return None
    return ContextExpression(found, "the day of an arrest or charge the article tells of it")


def _first_recent_act(
    doc: Doc, published: date | None, act: Callable[[TimeExpression], bool], skip: int | None = None
) -> TimeExpression | None:
    """The first expression of the article (outside the sentence starting at `skip`) that `act` accepts and
    that dates a day within the month before publication."""
    for sentence in doc_sentences(doc):
        if sentence.start_char == skip:
            continue
        for found in usable(sentence):
            if act(found) and _recent_day(found.resolver(published), published):
                return found
    return None


def _justice_before(doc: Doc, found: TimeExpression, published: date) -> bool:
    """The expression hangs on an arrest or charge (`hanging.JUSTICE_LEMMAS`) and names a day before the
    report's own."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    resolved = found.resolver(published)
    return (
        span is not None
        and is_after(hanging_verb(span), JUSTICE_LEMMAS)
        and resolved is not None
        and resolved.value < published
    )


def _recent_day(resolved: ResolvedDate | None, published: date | None) -> bool:
    """A day (not a vaguer period) within the month before publication."""
    if published is None or resolved is None or resolved.precision != "day":
        return False
    return 0 <= (published - resolved.value).days <= RECENT_DAYS
