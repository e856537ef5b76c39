"""The day an article gives its incident where the sentence telling it gives none: the first day before
a later report, a day written out in full, a day inside a vaguer period, or a harm counted back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span

from kronika.dates.background import STATED_DAYS
from kronika.dates.compared import compares_incidents
from kronika.dates.context import (
    RECENT_DAYS,
    ContextExpression,
    dating_incident,
    tells_incident,
    tells_incident_day,
    usable,
)
from kronika.dates.expression_patterns import COUNTED_AFTER
from kronika.dates.expressions import TimeExpression, find_expressions, weekday_of
from kronika.dates.hanging import dates_aftermath, dates_other_thing
from kronika.dates.incident_words import HARM, INCIDENT_LEMMAS, taken_calls
from kronika.dates.resolve import dated_back
from kronika.model import EventDate
from kronika.nlp import sentences as doc_sentences
from kronika.nlp import span_text


def day_before_report(
    doc: Doc, report: date, published: date | None, *, telling: bool = False
) -> ContextExpression | None:
    """For an incident dated only by the report of it ('was charged Friday with shooting her') where no
    sentence dates the incident itself: the article's first day that falls before the report's (by at most
    a month) and dates no arrest, charge or statement, nor a thing other than an incident ("Sunday's
    election"); an incident comes before its report. `telling`: only in a sentence that tells an incident
    ('officers were sent there on Saturday and found him with a gunshot wound'), not a day someone was last
    seen or a search began, which may come before the incident; a call police took counts as telling one.
    A day written out in full ('in her house on Dec. 26') counts wherever it stands: charging documents tell
    the night of a shooting in sentences that name no shot until the last."""
    for sentence in doc_sentences(doc):
        # 'police received a call at 9:18 p.m. Saturday' tells the incident's coming to light as it happened
        narrow = telling and not (tells_incident(sentence) or taken_calls(sentence))
        for found in usable(sentence):
            if narrow and found.anchor != "absolute":
                continue
            resolved = found.resolver(published)
            if resolved is None or resolved.precision != "day":
                continue
            # 'was arrested Thursday, a day after his relatives were found shot': the arrest's day, counted
            # back, is the harm's (`_inherit` counts it back)
            counted = _counts_back_harm(sentence, found)
            if not counted and (dates_aftermath(doc, found) or dates_other_thing(doc, found)):
                continue
            day = resolved.value
            if counted:
                back = harm_dated_back(doc, ContextExpression(found, ""), published)
                day = back.value if back is not None and back.value is not None else day
            if 0 < (report - day).days <= RECENT_DAYS:
                return ContextExpression(found, "the article's first day before the report")
    return None


def _counts_back_harm(sentence: Span, found: TimeExpression) -> bool:
    """The sentence counts its harm back from the expression: the next expression is 'N days after' and a
    word of harm follows it ('arrested Thursday, a day after four relatives were found fatally shot')."""
    expressions = find_expressions(span_text(sentence), sentence.start_char)
    later = [e for e in expressions if e.start > found.start]
    if not later or COUNTED_AFTER.match(later[0].text) is None:
        return False
    return any(t.idx >= later[0].end and t.lemma_.lower() in HARM for t in sentence)


def stated_incident_day(doc: Doc, report: date, published: date | None) -> ContextExpression | None:
    """For an incident told only by a later report of it ('arrested Wednesday for the fatal shooting of a
    boy'): the first date the article writes out in full that dates an incident word directly ('shot him
    around 2:30 p.m. Feb. 20'), before the report's day and at most a year before it. A written-out date
    names its day whatever the distance, unlike 'Saturday', which counts from the report; and an incident
    precedes its report, so such a date is nearer the truth than the report's own day."""
    for lemmas in (HARM, INCIDENT_LEMMAS):
        for sentence in doc_sentences(doc):
            found = dating_incident(sentence, lemmas)
            resolved = found.resolver(published) if found is not None else None
            if found is None or resolved is None or found.anchor != "absolute" or resolved.precision != "day":
                continue
            if 0 < (report - resolved.value).days <= STATED_DAYS:
                return ContextExpression(found, "the day the article writes out for its incident")
    return None


def harm_dated_back(doc: Doc, borrowed: ContextExpression, published: date | None) -> EventDate | None:
    """The day of the harm a borrowed sentence tells after 'N days after' ('died Thursday, three days after
    he was shot': the shooting's day), or None where that sentence is not so built or sets its incident after
    another ('comes four days after')."""
    at = borrowed.expression.start
    sentence = next((s for s in doc_sentences(doc) if s.start_char <= at < s.end_char), None)
    if sentence is None:
        return None
    text = span_text(sentence)
    expressions = find_expressions(text, sentence.start_char)
    if compares_incidents(text, expressions, sentence.start_char):
        return None  # 'Tuesday's violence comes four days after five were shot': another incident's harm
    harm = (t for t in sentence if t.lemma_.lower() in HARM)
    return next((d for t in harm if (d := dated_back(expressions, t.idx, published)) is not None), None)


DATING_TIER = "the day the article gives its incident"


def day_within(
    doc: Doc, first: date, last: date, published: date | None, *, weekdays_only: bool = False
) -> ContextExpression | None:
    """The day the article gives inside a vaguer period ('shot last week' ... 'on Friday, Jan. 20, deputies
    found her wounded'): first one dating an incident word, else one in a sentence telling an incident, else
    any day stated in the period. A day outside the period belongs to some other happening.
    `weekdays_only`: only a weekday ('Friday'), read against `published`, that dates an incident word itself
    (a sentence telling the incident may date its arrest by it; a lone weekday, a later statement)."""
    inside = [
        (sentence, found)
        for sentence in doc_sentences(doc)
        for found in usable(sentence)
        if _is_day_between(found, first, last, published)
        and (not weekdays_only or weekday_of(found) is not None)
    ]
    only_one = len({_day_of(e, published) for _, e in inside}) == 1
    # the harm's own day first: a victim shot 'earlier this week' may have died on another day of it
    tiers: tuple[tuple[str, Callable[[Span, TimeExpression], bool]], ...] = (
        (DATING_TIER, lambda s, e: _dating_incident_expression(s, e, HARM)),
        ("the day a sentence telling the incident gives", lambda s, e: tells_incident_day(s, e, HARM)),
        (DATING_TIER, _dating_incident_expression),
        ("the day a sentence telling the incident gives", tells_incident_day),
        ("the only day the article gives", lambda _s, _e: only_one),
    )
    for where, accepts in tiers:
        if weekdays_only and where != DATING_TIER:
            continue
        found_here = next((e for s, e in inside if accepts(s, e)), None)
        if found_here is not None:
            return ContextExpression(found_here, f"{where} within that period")
    return None


def _is_day_between(found: TimeExpression, first: date, last: date, published: date | None) -> bool:
    """The expression names one day, from first to last."""
    resolved = found.resolver(published)
    return resolved is not None and resolved.precision == "day" and first <= resolved.value <= last


def _day_of(found: TimeExpression, published: date | None) -> date | None:
    """The day an expression resolves to against publication."""
    resolved = found.resolver(published)
    return resolved.value if resolved is not None else None


def _dating_incident_expression(
    sentence: Span, found: TimeExpression, lemmas: frozenset[str] = INCIDENT_LEMMAS
) -> bool:
    """The expression is the one in its sentence that dates an incident word (one of `lemmas`) directly."""
    dating = dating_incident(sentence, lemmas)
    return dating is not None and dating.start == found.start
