"""Acts told in a clause a dated act came after ('resigned in May after his supporters attacked
protesters'): they happened no later than that act, whose date their own sentence gives."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from kronika.clauses import in_before_clause
from kronika.dates.attach import token_span
from kronika.dates.expressions import find_expressions
from kronika.dates.periods import period_end
from kronika.dates.resolve import to_event_date
from kronika.model import Detection, EventDate


def later_act_date(
    doc: Doc, detection: Detection, trigger: Token, published: date | None
) -> EventDate | None:
    """The one date the sentence gives the act the trigger's 'after' clause hangs on ('resigned in May
    after ... attacked'), where every date the sentence gives is that act's; None otherwise."""
    clause = in_before_clause(trigger)
    if clause is None:
        return None
    sentence = detection.sentence
    expressions = find_expressions(sentence.text, sentence.start)
    if not expressions:
        return None
    inside = {t.i for t in clause.subtree}
    for expression in expressions:
        span = token_span(doc, expression.start, expression.end)
        if span is None or span.root.i in inside or clause.head not in (span.root, *span.root.ancestors):
            return None  # a date of the earlier act itself, or of another clause
    dates = [to_event_date(e, published, None) for e in expressions]
    found = dates[0]
    if found.value is None or any((d.value, d.precision) != (found.value, found.precision) for d in dates):
        return None
    return EventDate(found.value, found.precision, f"{found.reason}, the date of the act it came before")


def no_later_than_its_sequel(
    doc: Doc, detection: Detection, trigger: Token | None, found: EventDate, published: date | None
) -> EventDate:
    """A borrowed date later than the act the event's clause came before ('resigned in May after his
    supporters attacked protesters', the lead dating July) is no date of it: that act's date is."""
    if found.value is None or trigger is None:
        return found
    sequel = later_act_date(doc, detection, trigger, published)
    end = period_end(sequel) if sequel is not None else None
    return sequel if sequel is not None and end is not None and found.value > end else found
