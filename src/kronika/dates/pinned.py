"""Weekdays the article pins down: "Saturday" after a story's "Jan. 28", a Saturday, is Jan. 28."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.expressions import TimeExpression, find_expressions, weekday_of
from kronika.dates.hanging import dates_aftermath
from kronika.nlp import per_doc, span_text
from kronika.nlp import sentences as doc_sentences

_STATED_KEY = "kronika.stated_days"
# a weekday's latest occurrence this far after a day of the same weekday stated earlier in the article is
# read as that day: a follow-up or a re-published story keeps the first report's 'Saturday' after its
# full date ('the Jan. 28 death' ... 'was shot Saturday'); a full date told after the weekday is more often
# another, older incident given as background
PINNED_DAYS = range(7, 61)


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
    charge or a statement, which are recent."""
    weekday = weekday_of(expression)
    latest = expression.resolver(published) if weekday is not None else None
    if latest is None or dates_aftermath(doc, expression):
        return expression
    # the day the article writes with that weekday's name ('Monday, May 23') is the Monday it means, wherever
    # it stands: a re-published story's 'shot Monday' and its 'around 11 p.m. Monday, May 23' are one day
    stated = [d.value for d in stated_days(doc, published) if d.start < expression.start or d.named]
    matching = [d for d in stated if d.weekday() == weekday and (latest.value - d).days in PINNED_DAYS]
    if not matching:
        return expression
    day = max(matching)
    text = f"{expression.text}, the {day:%b} {day.day} the article states"
    return TimeExpression(
        expression.start, expression.end, text, "absolute", lambda _base: ResolvedDate(day, "day")
    )
