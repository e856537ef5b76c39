"""Sentences that tell only an earlier incident on a day of its own, named in passing ('security was
tightened after the Dec. 2, 2015, attack that left 14 dead') or, beside a fresh attack, told ('The war began
on October 7 when gunmen attacked the south, killing 1,200'), whose counts a later event's story does not take
in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from kronika.model import Detection, EventDate

__all__ = ["SentenceDay", "in_passing", "recalled_days", "told_before"]

# an incident told on a day this long before the event's own is another one, not a later telling of its
# own (a death days after the shooting, an arraignment dated to the attack, are within it)
APART_DAYS = 30
FRESH_DAYS = 2  # an attack told this soon after it is the report's news: a night's attack told next morning


@dataclass(frozen=True)
class SentenceDay:
    """The day one asserted event of a sentence is dated to, and whether it is background."""

    sentence: int  # the sentence's start offset
    date: EventDate
    historical: bool
    passing: bool  # named in passing (`in_passing`), not told as the sentence's own news
    attack: bool = False  # an assault: the article's fresh news, where told within days of publication
    own_day: bool = False  # dated by its own sentence, counted from publication or written out


# the words that set a named incident beside what the sentence tells: "tightened after the 2015 attack",
# "the worst since the 2015 attack", "like the 2015 attack"
BESIDE = frozenset({"after", "since", "before", "following", "like", "than", "of", "from", "despite"})


def in_passing(doc: Doc, detection: Detection) -> bool:
    """Whether the event is an incident the sentence names in passing, as a noun in a phrase set beside its
    own news ('re-examined its security after the Dec. 2, 2015, attack'), not told as what happened (a story's
    own narrative: 'On June 13, 2015, he shot the clerk' is the incident a later trial story is about)."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    word = trigger.root if trigger is not None else None
    return word is not None and word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ in BESIDE


def recalled_days(told: Sequence[SentenceDay], published: date | None = None) -> dict[int, date]:
    """Each sentence all of whose events are background dated to a day or month, with that day (the
    earliest, where it tells several): named in passing, or, in a report of a fresh attack (one told within
    days of `published`), told as what happened ('The war began on October 7 when gunmen attacked the south,
    killing 1,200'). A story told long after its attack (a trial) tells that attack as its own narrative
    ('On June 13, 2015, he shot the clerk'), the incident it is about."""
    fresh = _fresh_attack(told, published)
    days: dict[int, date] = {}
    current: set[int] = set()
    for one in told:
        value = one.date.value
        background = one.historical and (one.passing or fresh)
        if background and value is not None and one.date.precision in {"day", "month"}:
            days[one.sentence] = min(value, days.get(one.sentence, value))
        else:
            current.add(one.sentence)
    return {start: day for start, day in days.items() if start not in current}


def _fresh_attack(told: Sequence[SentenceDay], published: date | None) -> bool:
    """Whether the article opens on an attack of the present that its first sentence telling an event dates
    itself within FRESH_DAYS before publication (a trial story opens on the trial; a 'then' or a day borrowed
    from another sentence dates nothing fresh)."""
    if published is None or not told:
        return False
    lead = min(one.sentence for one in told)
    return any(
        one.sentence == lead
        and one.attack
        and not one.historical
        and one.own_day
        and one.date.value is not None
        and 0 <= (published - one.date.value).days <= FRESH_DAYS
        for one in told
    )


def told_before(recalled: Mapping[int, date], on: date | None) -> frozenset[int]:
    """The recalled sentences set well before `on`, an event's own day (none where it has no day)."""
    if on is None:
        return frozenset()
    return frozenset(start for start, day in recalled.items() if (on - day).days > APART_DAYS)
