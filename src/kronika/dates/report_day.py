"""The last resort for an incident the article dates no other way: the day of a later act told of it."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.clock import is_clock_time
from kronika.dates.context import RECENT_DAYS, ContextExpression, usable
from kronika.dates.hanging import dates_aftermath, hanging_verb, is_after
from kronika.model import Detection
from kronika.nlp import sentences as doc_sentences


def report_day(doc: Doc, detection: Detection, published: date | None) -> ContextExpression | None:
    """'His name was not released as of 5 p.m. Friday', 'police said Tuesday': where no sentence dates the
    incident, nor gives a time of day or a post's day, the first day an arrest, charge or statement of the
    article is dated to, within the month before publication. An incident comes no later than the acts
    telling of it, so that day is the nearest the article comes to its own; the caller still prefers a day
    the article gives before it. A day of the past only: a hearing set for Monday dates nothing yet."""
    for sentence in doc_sentences(doc):
        if sentence.start_char == detection.sentence.start:
            continue
        for found in usable(sentence):
            if dates_aftermath(doc, found) and _recent_day(found.resolver(published), published):
                return ContextExpression(found, "the day of a later act the article tells of it")
    return None


# what police and courts do to a suspect follows the incident of necessity; a statement may not be of it
JUSTICE_LEMMAS = frozenset(
    {"arrest", "charge", "book", "indict", "arraign", "plead", "convict", "jail", "detain"}
)


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
    for sentence in doc_sentences(doc):
        for found in usable(sentence):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            resolved = found.resolver(published)
            if span is None or not is_after(hanging_verb(span), JUSTICE_LEMMAS):
                continue
            if _recent_day(resolved, published) and resolved is not None and resolved.value < published:
                return ContextExpression(found, "the day of an arrest or charge the article tells of it")
    return None


def _recent_day(resolved: ResolvedDate | None, published: date | None) -> bool:
    """A day (not a vaguer period) within the month before publication."""
    if published is None or resolved is None or resolved.precision != "day":
        return False
    return 0 <= (published - resolved.value).days <= RECENT_DAYS
