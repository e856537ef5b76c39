"""Turning a time expression into an event's date: against its anchor, or counted back from another."""

from __future__ import annotations

from datetime import date

from kronika.dates.calendar_math import NUMBER_WORDS, shift_period
from kronika.dates.expression_patterns import COUNTED_AFTER
from kronika.dates.expressions import TimeExpression
from kronika.model import EventDate

STATED = "stated in the text"  # what the reason of a date written out says
FROM_PUBLICATION = "relative to publication"  # how a reason tells a date reckoned from the publication day


def to_event_date(
    expression: TimeExpression,
    published: date | None,
    previous: EventDate | None,
    anchor_told: str = "the previous event's date",
) -> EventDate:
    """Resolve an expression against its anchor; the reason says which expression and anchor gave the date
    (`anchor_told` names what `previous` is: the previous event's date, or a day written before)."""
    quoted = f"'{expression.text}'"
    if expression.anchor == "previous":
        if previous is None or previous.value is None:
            return EventDate(None, None, f"unknown: {quoted} refers to an earlier event with no date")
        resolved = expression.resolver(previous.value)
        precision = previous.precision if resolved and resolved.precision == "day" else None
        if resolved is None:
            return EventDate(None, None, f"unknown: {quoted} could not be resolved")
        return EventDate(resolved.value, precision or resolved.precision,
                         f"{quoted} relative to {anchor_told} {previous.value}")  # fmt: skip
    resolved = expression.resolver(published)
    if resolved is None:
        why = "no publication date" if published is None else "not a valid date"
        return EventDate(None, None, f"unknown: {quoted} needs resolving but {why}")
    if expression.anchor == "published":
        return EventDate(resolved.value, resolved.precision, f"{quoted} {FROM_PUBLICATION} {published}")
    return EventDate(resolved.value, resolved.precision, f"{quoted} {STATED}")


def dated_back(
    expressions: list[TimeExpression], trigger_start: int, published: date | None
) -> EventDate | None:
    """'He died Thursday, three days after he was shot': an event told after 'N days after' happened N
    days before the sentence's earlier dated event; None where the sentence is not so built."""
    for i, expression in enumerate(expressions):
        m = COUNTED_AFTER.match(expression.text)
        if m is None or trigger_start < expression.end:
            continue
        anchors = [e for e in expressions[:i] if e.anchor != "previous"]
        dated = to_event_date(anchors[-1], published, None) if anchors else None
        if dated is None or dated.value is None or dated.precision != "day":
            return None
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
        moved = shift_period(dated.value, m["unit"].lower(), -n)
        return EventDate(moved.value, moved.precision, f"{dated.reason}, less '{expression.text}'")
    return None


def reckoned_from_publication(event_date: EventDate) -> bool:
    """The date was worked out from the publication day ('last month', 'in June'), not written out in full
    nor counted from another event."""
    return FROM_PUBLICATION in event_date.reason
