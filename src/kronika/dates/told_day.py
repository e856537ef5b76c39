"""A sentence's 'overnight', 'today' or 'yesterday' reckoned from the day its statement was given ('detained
40 people overnight, the ministry said on Sunday'), not from the report's publication."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from spacy.tokens import Doc

from kronika.dates.attach import token_span
from kronika.dates.expression_patterns import DAY_BEFORE_WORDS, SAME_DAY_WORDS
from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.dates.hanging import hanging_verb, is_after

# words that count from the day they are said on
DEICTIC: Final = re.compile(f"{SAME_DAY_WORDS}|{DAY_BEFORE_WORDS}", re.IGNORECASE)
SAYING: Final = frozenset({"say", "tell", "announce", "report", "state", "confirm", "add"})
WEEK: Final = 7  # a statement told on a day of the week before the report is one of its last seven days


def from_told_day(doc: Doc, expression: TimeExpression, published: date | None) -> TimeExpression:
    """The expression reckoned from the day its sentence's statement was given, where the sentence dates its
    saying ('said on Sunday') to a day of the week before publication; else as it is."""
    if published is None or expression.anchor != "published" or not DEICTIC.fullmatch(expression.text):
        return expression
    span = token_span(doc, expression.start, expression.end)
    if span is None:
        return expression
    sentence = span.sent
    others = [e for e in find_expressions(sentence.text, sentence.start_char) if e.start != expression.start]
    told = next((d for e in others if (d := _saying_day(doc, e, published)) is not None), None)
    if told is None:
        return expression
    return TimeExpression(
        expression.start,
        expression.end,
        f"{expression.text}, told on {told:%A} {told}",
        "absolute",
        lambda _base: expression.resolver(told),
    )


def _saying_day(doc: Doc, expression: TimeExpression, published: date) -> date | None:
    """The day before publication, within a week, that the expression dates a saying to, if it does."""
    span = token_span(doc, expression.start, expression.end)
    if span is None or not is_after(hanging_verb(span), SAYING):
        return None
    resolved = expression.resolver(published)
    if resolved is None or resolved.precision != "day":
        return None
    return resolved.value if 0 < (published - resolved.value).days <= WEEK else None
