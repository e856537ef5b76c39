"""Sentences that tell only an earlier incident on a day of its own, named in passing ('security was tightened
after the Dec. 2, 2015, attack that left 14 dead') or told ('The war began on October 7 when gunmen attacked
the south, killing 1,200'), whose counts a later event's story does not take in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kronika.model import EventDate

__all__ = ["SentenceDay", "recalled_days", "told_before"]

# an incident told on a day this long before the event's own is another one, not a later telling of its
# own (a death days after the shooting, an arraignment dated to the attack, are within it)
APART_DAYS = 30


@dataclass(frozen=True)
class SentenceDay:
    """The day one asserted event of a sentence is dated to, and whether it is background."""

    sentence: int  # the sentence's start offset
    date: EventDate
    historical: bool


def recalled_days(told: Sequence[SentenceDay]) -> dict[int, date]:
    """Each sentence all of whose events are background dated to a day or month, with that day (the
    earliest, where it tells several)."""
    days: dict[int, date] = {}
    current: set[int] = set()
    for one in told:
        value = one.date.value
        if one.historical and value is not None and one.date.precision in {"day", "month"}:
            days[one.sentence] = min(value, days.get(one.sentence, value))
        else:
            current.add(one.sentence)
    return {start: day for start, day in days.items() if start not in current}


def told_before(recalled: Mapping[int, date], on: date | None) -> frozenset[int]:
    """The recalled sentences set well before `on`, an event's own day (none where it has no day)."""
    if on is None:
        return frozenset()
    return frozenset(start for start, day in recalled.items() if (on - day).days > APART_DAYS)
