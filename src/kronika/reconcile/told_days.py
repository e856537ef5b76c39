"""An attack dated only by borrowing takes the day the article writes out for the attack of its toll.

A report on a sentencing, a plea or a charge often opens with the shooting named in passing ('a woman whose
daughter was shot in the leg was sentenced today') and tells its day further down ('the girl was shot in
the leg Dec. 14'). The opening sentence gives the shooting no day of its own, so it borrows one: the
court's, or the article's first day before the report. Where another sentence of the article tells an
attack with exactly that toll and writes its day out in full, and that day is earlier than the borrowed
one, the borrowed day is the aftermath's: the attack takes the day written out for it. Nothing is moved
where the sentences telling that toll by their own words give more than one day, or none written out, nor
where the borrowed day is one some attack of the article is told on by its own sentence (a story on a
shooting that also recalls an older one with a like toll), nor by a day written out for an act of another
kind ('he stole a pickup from a neighbour on April 9', read with the shooting's toll, lends a shooting no
day: the suspect's earlier crime is no telling of the attack). A day the attack's sentence gives its arrest,
charge, plea or statement ('pleaded guilty Monday to assault', 'was charged Thursday in the shooting',
'police said Friday') is that act's, not the attack's: read with the article's parse, it gives the attack
no day of its own. Nor can what follows an attack come before it: an attack that borrowed a day the article
gives only to an arraignment, arrest, charge or statement ('was arraigned Wednesday', read back from a page
dated a day early) takes the one later day within a week that the other tellings of its toll agree on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.dates.hanging import dates_aftermath
from kronika.dates.resolve import to_event_date
from kronika.dates.weeks_ago import weeks_ago_day
from kronika.model import Casualties, EventDate, EventMention
from kronika.nlp import sentences, span_text
from kronika.reconcile.follow_ups import counts_anyone, dated_attack

# how far after an arraignment's or arrest's day the day told for its attack may fall: a weekday read back
# from a page dated a day too early lands up to six days before the week's other days
MISREAD_WEEK = timedelta(days=7)


@dataclass(frozen=True)
class _OwnDay:
    """How an attack's own sentence dates it: whether its expressions give its day, and whether one of
    them writes that day out in full ('Dec. 14', 'June 5, 2014')."""

    given: bool
    written: bool


def attacks_take_told_days(
    mentions: Sequence[EventMention], published: date | None, doc: Doc | None = None
) -> list[EventMention]:
    """One article's mentions, each attack whose own sentence gives it no day taking the earlier day the
    article writes out for the attack of its toll, where the sentences dating that toll themselves agree.
    `doc`, the article's parse, tells which days of an attack's sentence date its aftermath instead."""
    days = [_own_day(m, published, doc) if _attack(m) else None for m in mentions]
    told: dict[Casualties, set[date]] = {}
    # the telling that lends its day must be of the attack's own kind: a robbery read with the shooting's
    # toll is the suspect's other crime, not the shooting told again (GVA study: 1 date more right)
    written: dict[tuple[Casualties, str], EventMention] = {}
    for mention, own in zip(mentions, days, strict=True):
        if own is not None and own.given and mention.date.value is not None:
            told.setdefault(mention.casualties, set()).add(mention.date.value)
        if own is not None and own.written:
            written.setdefault(_telling(mention), mention)
    # a day some attack's own sentence gives is an attack's day, not the aftermath's: it stays
    attack_days = {d for days_told in told.values() for d in days_told}
    return [
        _redated(m, written[_telling(m)])
        if own is not None
        and not own.given
        and _telling(m) in written
        and len(told[m.casualties]) == 1
        and _earlier(written[_telling(m)].date, m.date)
        and m.date.value not in attack_days
        else m
        for m, own in zip(mentions, days, strict=True)
    ]


def attacks_leave_aftermath_days(
    mentions: Sequence[EventMention], published: date | None, doc: Doc | None = None
) -> list[EventMention]:
    """One article's mentions, each attack whose own sentence gives it no day and that borrowed a day the
    article gives only to an arrest, charge, hearing or statement ('was arraigned Wednesday on charges that
    ...') taking the later day, within a week and not after publication, that the other tellings of its toll
    agree on ('it discharged, fatally striking the boy', in a paragraph dated Monday): an arraignment cannot
    come before the shooting it charges."""
    if doc is None or published is None:
        return list(mentions)
    days = [_own_day(m, published, doc) if _attack(m) else None for m in mentions]
    if all(own is None for own in days):
        return list(mentions)
    aftermath = _aftermath_only_days(doc, published)
    later: dict[Casualties, list[EventMention]] = {}
    for mention, own in zip(mentions, days, strict=True):
        day = mention.date.value
        if own is not None and day is not None and day <= published and day not in aftermath:
            later.setdefault(mention.casualties, []).append(mention)
    return [
        _after_aftermath(m, later.get(m.casualties, []))
        if own is not None and not own.given and m.date.value in aftermath
        else m
        for m, own in zip(mentions, days, strict=True)
    ]


def _after_aftermath(mention: EventMention, others: list[EventMention]) -> EventMention:
    """The attack dated by the one later day (within a week) its toll's other tellings give, if they agree."""
    borrowed = mention.date.value
    assert borrowed is not None
    told = [
        o for o in others if o.date.value is not None and borrowed < o.date.value <= borrowed + MISREAD_WEEK
    ]
    if len({o.date.value for o in told}) != 1:
        return mention
    return _redated(mention, told[0], f"{mention.date.reason}, the day of what followed it")


def _aftermath_only_days(doc: Doc, published: date) -> frozenset[date]:
    """The days the article gives only to arrests, charges, hearings or statements: every expression
    resolving to one of them (read against publication) hangs on such an act. Read once per article."""
    only: dict[date, bool] = {}
    for sentence in sentences(doc):
        expressions = find_expressions(span_text(sentence), sentence.start_char)
        for expression in (e for e in expressions if e.anchor != "previous"):
            day = to_event_date(expression, published, None).value
            if day is not None:
                only[day] = only.get(day, True) and dates_aftermath(doc, expression)
    return frozenset(day for day, aftermath in only.items() if aftermath)


def _telling(mention: EventMention) -> tuple[Casualties, str]:
    """What makes two mentions tellings of one attack here: the same toll and the same kind of act."""
    return mention.casualties, mention.type.plover


def _attack(mention: EventMention) -> bool:
    """Whether a mention tells an attack (not its arrest or charge) with a toll, dated to a day."""
    return dated_attack(mention) and counts_anyone(mention.casualties) and mention.date.precision == "day"


def _own_day(mention: EventMention, published: date | None, doc: Doc | None) -> _OwnDay:
    """Whether the attack's own sentence gives its day (an expression there, read against publication,
    resolving to it, or a count of weeks back to its day; one counted from an earlier event's day is that
    event's, one on an arrest, charge, plea or statement that act's), and writes it out in full."""
    evidence = mention.evidence
    given = written = False
    for expression in find_expressions(evidence.text, evidence.start):
        if expression.anchor == "previous" or _dates_aftermath(doc, expression):
            continue
        # 'shot two weeks ago' gives the day resolve_date counts back to, not its week's Monday
        found = to_event_date(expression, published, None)
        found = weeks_ago_day(found, published) or found
        if found.value == mention.date.value and found.precision == "day":
            given = True
            written = written or expression.anchor == "absolute"
    return _OwnDay(given, written)


def _dates_aftermath(doc: Doc | None, expression: TimeExpression) -> bool:
    """Whether the parse hangs the expression on an arrest, charge, plea, hearing or statement ('pleaded
    guilty Monday', 'charged Thursday'); without a parse, no expression does."""
    return doc is not None and dates_aftermath(doc, expression)


def _earlier(told: EventDate, borrowed: EventDate) -> bool:
    """Whether the day written out for the attack comes before the day its other telling borrowed."""
    return told.value is not None and borrowed.value is not None and told.value < borrowed.value


def _redated(mention: EventMention, told: EventMention, instead: str | None = None) -> EventMention:
    """The attack dated by the day another telling of its toll gives (and as old news as that day makes it);
    `instead` says what the day it leaves was, where not its own reason."""
    left = instead or mention.date.reason
    reason = f"{told.date.reason}, in the sentence telling the attack's toll (not {left})"
    return replace(
        mention,
        date=EventDate(told.date.value, told.date.precision, reason),
        historical=told.historical,
    )
