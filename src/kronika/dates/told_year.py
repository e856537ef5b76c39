"""The year an article gives a month ('the June 2013 shooting'), lent to a yearless day of that month."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from kronika.dates.calendar_math import ResolvedDate, safe_date
from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.nlp import per_doc, span_text
from kronika.nlp import sentences as doc_sentences

_TOLD_KEY = "kronika.told_years"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a day counted back to within a month of the page is as the news it reports (the line between news and
# background elsewhere too): an older month the article names beside it is another, earlier incident's
# ('January 22' of a page of Feb. 15 beside 'a shooting in January 2016')
NEWS_DAYS = 30


def told_years(doc: Doc) -> dict[int, frozenset[int]]:
    """The years the article gives each month it names with a year and no day ('June 2013', 'in March of
    2015'), by month number; worked out once per doc."""
    return per_doc(doc, _TOLD_KEY, lambda: _told_years(doc))


def _told_years(doc: Doc) -> dict[int, frozenset[int]]:
    """`told_years`, worked out."""
    found: dict[int, set[int]] = {}
    for sentence in doc_sentences(doc):
        for expression in find_expressions(span_text(sentence), sentence.start_char):
            resolved = expression.resolver(None) if expression.anchor == "absolute" else None
            if resolved is not None and resolved.precision == "month" and _YEAR.search(expression.text):
                found.setdefault(resolved.value.month, set()).add(resolved.value.year)
    return {month: frozenset(years) for month, years in found.items()}


def with_told_year(doc: Doc, expression: TimeExpression, published: date | None) -> TimeExpression:
    """A day written without its year ('shot June 15'), which counts back to its latest occurrence before
    the page, in the one earlier year the article gives its month elsewhere ('charged in the June 2013
    shooting'): the writer named the year once and left it off after. The page's date of a later story
    (a trial's, a crawl's) is not the incident's, so the year it gives is only a guess; never for a day
    counted back to within a month of the page (`NEWS_DAYS`), the news itself. Else unchanged."""
    if expression.anchor != "absolute" or _YEAR.search(expression.text):
        return expression
    counted = expression.resolver(published)
    if counted is None or counted.precision != "day" or published is None:
        return expression
    if (published - counted.value).days <= NEWS_DAYS:
        return expression
    years = told_years(doc).get(counted.value.month, frozenset())
    if len(years) != 1 or min(years) >= counted.value.year:
        return expression
    day = safe_date(min(years), counted.value.month, counted.value.day)
    if day is None:
        return expression
    text = f"{expression.text}, in the {day:%B %Y} the article states"
    return TimeExpression(
        expression.start, expression.end, text, "absolute", lambda _base: ResolvedDate(day, "day")
    )
