"""'Overnight' in a report that times its incident in the evening, or names the evening before it: the night
began the day before the report ('shot overnight' ... 'around 11:30 p.m.', or ... 'late Thursday'), so the
incident is that evening's."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.clock import find_clock_time
from kronika.dates.expressions import TimeExpression
from kronika.nlp import doc_text, per_doc, span_text
from kronika.nlp import sentences as doc_sentences

__all__ = ["evening_before"]

OVERNIGHT = re.compile(r"^over\s?night$", re.IGNORECASE)
# an evening hour ('at 11:30 p.m.', '7 p.m.') or the last minutes of the day ('just before midnight'); a
# time after midnight ('12:30 a.m.', '2 a.m.') is the report's own day, as "overnight" alone reads it
EVENING = re.compile(r"^(?:(?:[6-9]|1[01])(?::[0-5]\d)?\s*p\.?\s?m\b\.?|midnight)$", re.IGNORECASE)
BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+$", re.IGNORECASE)
# a page's stamp written with its full date ('July 7, 2013 6:20 PM', 'Nov 9, 2016 - 5:36 PM'): no incident's
STAMP_YEAR = re.compile(r"\b(?:19|20)\d\d\s*[-–,]?\s*$")
_FIRST_CLOCK_KEY = "kronika.first_clock"


def evening_before(doc: Doc, expression: TimeExpression, published: date | None = None) -> TimeExpression:
    """The expression, or for 'overnight' reckoned from the report in an article whose first time of day is
    an evening's, or that gives no time of day but names the evening before the report's day ('Thursday
    night', 'late Thursday' in a report of Friday), the day before the report: the night the article tells
    began then."""
    if expression.anchor != "published" or not OVERNIGHT.match(expression.text):
        return expression
    clock = per_doc(doc, _FIRST_CLOCK_KEY, lambda: _first_clock(doc))
    if clock is not None and _evening(clock, doc):
        text = f"{expression.text}, the evening before, at {clock.text}"
        return TimeExpression(expression.start, expression.end, text, "published", _day_before)
    # a time of day after midnight says the night's shots came on the report's day, whatever evening is named
    eve = _named_eve(doc, published) if clock is None else None
    if eve is None:
        return expression
    text = f"{expression.text}, the evening before, '{eve}'"
    return TimeExpression(expression.start, expression.end, text, "published", _day_before)


def _named_eve(doc: Doc, published: date | None) -> str | None:
    """The words naming the evening or night of the day before publication ('Thursday night', 'late
    Thursday', 'Thursday evening' in a report of Friday), if the article has them."""
    if published is None:
        return None
    weekday = calendar.day_name[(published - timedelta(days=1)).weekday()]
    found = re.search(
        rf"\b(?:late\s+{weekday}|{weekday}\s+(?:night|evening))\b", doc_text(doc), re.IGNORECASE
    )
    return found.group(0) if found is not None else None


def _day_before(base: date | None) -> ResolvedDate | None:
    """The day before the report's."""
    return ResolvedDate(base - timedelta(days=1), "day") if base else None


def _first_clock(doc: Doc) -> TimeExpression | None:
    """The article's first time of day, not a page's stamp: the time its incident is told at."""
    for sentence in doc_sentences(doc):
        text = span_text(sentence)
        found = find_clock_time(text, sentence.start_char)
        if found is not None and not STAMP_YEAR.search(text[: found.start - sentence.start_char]):
            return found
    return None


def _evening(clock: TimeExpression, doc: Doc) -> bool:
    """Whether the time of day is an evening's: 6 to 11 p.m., or 'before midnight'."""
    if not EVENING.match(clock.text):
        return False
    if clock.text.lower() != "midnight":
        return True
    return BEFORE_MIDNIGHT.search(doc_text(doc)[max(0, clock.start - 20) : clock.start]) is not None
