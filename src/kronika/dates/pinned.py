"""Weekdays the article pins down: "Saturday" after a story's "Jan. 28", a Saturday, is Jan. 28."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.expressions import TimeExpression, find_expressions, weekday_of
from kronika.dates.hanging import dates_aftermath
from kronika.dates.told_year import with_told_year
from kronika.nlp import doc_text, per_doc, span_text
from kronika.nlp import sentences as doc_sentences

_STATED_KEY = "kronika.stated_days"
# a weekday's latest occurrence this far after a day of the same weekday stated earlier in the article is
# read as that day: a follow-up or a re-published story keeps the first report's 'Saturday' after its
# full date ('the Jan. 28 death' ... 'was shot Saturday'); a full date told after the weekday is more often
# another, older incident given as background
PINNED_DAYS = range(7, 61)
MIN_PINNED = PINNED_DAYS.start


@dataclass(frozen=True)
class StatedDay:
    """A day the article states in full, and where; `named`: written with its weekday ('Monday, May 23')."""

    start: int
    value: date
    named: bool = False


def stated_days(doc: Doc, published: date | None) -> tuple[StatedDay, ...]:
    """The days the article states in full ('Jan. 28', 'March 3, 2017'), worked out once per doc."""
    return per_doc(doc, _STATED_KEY, lambda: _stated_days(doc, published))


def _stated_days(doc: Doc, published: date | None) -> tuple[StatedDay, ...]:
    """`stated_days`, worked out."""
    found = (e for s in doc_sentences(doc) for e in find_expressions(span_text(s), s.start_char))
    absolute = [e for e in found if e.anchor == "absolute"]
    resolved = [(e, e.resolver(published)) for e in absolute]
    return tuple(
        StatedDay(e.start, r.value, _names_weekday(e.text, r.value))
        for e, r in resolved
        if r is not None and r.precision == "day"
    )


def _names_weekday(text: str, day: date) -> bool:
    """Whether a stated day is written with its own weekday's name ('Monday, May 23', a Monday)."""
    return calendar.day_name[day.weekday()].lower() in text.lower()


def pinned(doc: Doc, expression: TimeExpression, published: date | None) -> TimeExpression:
    """The expression, or for a weekday a week or more after a day of that weekday stated before it in the
    article (or stated anywhere with that weekday's name), that day; never for a weekday dating an arrest, a
    charge or a statement, which are recent. A weekday beside another its sentence gives, which the article
    writes out with its weekday's name, counts back from that day (`_beside_named_day`). A day written
    without its year takes the one the article gives its month elsewhere (`with_told_year`)."""
    expression = with_told_year(doc, expression, published)
    weekday = weekday_of(expression)
    latest = expression.resolver(published) if weekday is not None else None
    if weekday is None or latest is None:
        return expression
    beside = _beside_named_day(doc, expression, weekday, published)
    if beside is not None:
        return beside
    if dates_aftermath(doc, expression):
        return expression
    # the day the article writes with that weekday's name ('Monday, May 23') is the Monday it means, wherever
    # it stands: a re-published story's 'shot Monday' and its 'around 11 p.m. Monday, May 23' are one day
    # ... and one stated only after the article first wrote that weekday is no frame for it: the lead's own
    # 'on Wednesday' was the latest one, and so is a later sentence's ('since the protests began on April
    # 28', a Wednesday eight days back, then 'marched on Wednesday')
    first = _first_weekday_named(doc, weekday)
    stated = [
        d.value for d in stated_days(doc, published) if d.start < min(expression.start, first) or d.named
    ]
    matching = [d for d in stated if d.weekday() == weekday and (latest.value - d).days in PINNED_DAYS]
    if not matching:
        return expression
    day = max(matching)
    text = f"{expression.text}, the {day:%b} {day.day} the article states"
    return TimeExpression(
        expression.start, expression.end, text, "absolute", lambda _base: ResolvedDate(day, "day")
    )


def _first_weekday_named(doc: Doc, weekday: int) -> int:
    """Where the article first writes the weekday's name (its text's length where it never does)."""
    found = re.search(rf"\b{calendar.day_name[weekday]}\b", doc_text(doc), re.IGNORECASE)
    return found.start() if found is not None else len(doc_text(doc))


def _beside_named_day(
    doc: Doc, expression: TimeExpression, weekday: int, published: date | None
) -> TimeExpression | None:
    """'was charged Thursday in connection with Wednesday's shooting', where the article writes the charge's
    day out with its weekday's name ('charged Thursday, Aug. 6, 2020') a week or more before that weekday's
    latest occurrence: the page is a later copy of the story, so its weekdays count back from the written
    day, not from the page's date; 'Wednesday's' is the Wednesday before that Thursday, as what an arrest, a
    charge or a statement follows came before it. Else None."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return None
    named = [d.value for d in stated_days(doc, published) if d.named]
    for other in find_expressions(span_text(span.sent), span.sent.start_char):
        other_weekday = weekday_of(other)
        latest = other.resolver(published) if other_weekday is not None else None
        # only an arrest's, a charge's or a statement's day: what they follow came before them
        if latest is None or other_weekday in (None, weekday) or not dates_aftermath(doc, other):
            continue
        days = [d for d in named if d.weekday() == other_weekday and (latest.value - d).days >= MIN_PINNED]
        if days:
            return _counted_back(expression, weekday, max(days))
    return None


def _counted_back(expression: TimeExpression, weekday: int, day: date) -> TimeExpression:
    """The expression as the latest day of its `weekday` before `day` (another weekday)."""
    counted = day - timedelta(days=(day.weekday() - weekday) % 7)
    text = (
        f"{expression.text}, the {counted:%b} {counted.day} before the {day:%b} {day.day} the article states"
    )
    return TimeExpression(
        expression.start, expression.end, text, "absolute", lambda _base: ResolvedDate(counted, "day")
    )
