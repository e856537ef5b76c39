"""What 'then', 'later' and 'the next day' point back to: a day written earlier in their own paragraph."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.dates.resolve import to_event_date
from kronika.model import Detection, EventDate
from kronika.nlp import doc_text, paragraph_bounds

# a day of its own, not itself pointing back to another event
OWN_DAY_ANCHORS = frozenset({"absolute", "published"})


def anaphor_anchor(
    doc: Doc,
    detection: Detection,
    anaphor: TimeExpression,
    published: date | None,
    previous: EventDate | None,
) -> EventDate | None:
    """The date an anaphor ('later', 'then', 'the next day') counts from: the nearest day written before it
    in its own paragraph ('On August 20 police responded ... The boy was later flown to a hospital'), which
    the telling follows on from, rather than the last event read, which may come from another paragraph (a
    press release issued Monday); the previous event's date where the paragraph writes none, or where the
    nearest time before it, in its own sentence, is broader than a day ('In 2021, girls were abducted and
    later released': the event that sentence dates), and nothing where no event was read before it."""
    if anaphor.anchor != "previous" or previous is None:
        # with no event read before it, the anaphor points to nothing and the sentence's other
        # expressions date the event ('On 2 May, relatives protested after the previous day's raid')
        return previous
    text = doc_text(doc)
    begin, _ = paragraph_bounds(text, detection.sentence.start, detection.sentence.end)
    before = [
        e
        for e in find_expressions(text[begin : anaphor.start], begin)
        if e.anchor in OWN_DAY_ANCHORS and e.end <= anaphor.start
    ]
    for expression in reversed(before):
        found = to_event_date(expression, published, None)
        if found.value is not None and found.precision == "day":
            return EventDate(found.value, found.precision, f"{found.reason}, earlier in its paragraph")
        if found.value is not None and expression.start >= detection.sentence.start:
            # 'In 2021, 300 girls were abducted ... and later released': the event its own sentence dates,
            # however broadly, not a day told before it
            return previous
    return previous
