"""The date an undated sentence inherits from its context: earlier in its paragraph, or the article's lead."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from kronika.casualties.tallies import ROUNDUP_TALLY
from kronika.dates.attach import attach
from kronika.dates.background import STATED_DAYS, long_past_period, period_tally, years_before
from kronika.dates.compared import compares_incidents
from kronika.dates.expression_patterns import COUNTED_AFTER
from kronika.dates.expressions import TimeExpression, find_expressions, find_post_stamp, weekday_of
from kronika.dates.hanging import ahead, dates_aftermath, dates_other_thing
from kronika.dates.incident_words import (
    HARM,
    INCIDENT_LEMMAS,
    incident_words,
    taken_calls,
)
from kronika.dates.resolve import dated_back
from kronika.model import Detection, EventDate
from kronika.nlp import doc_text, paragraph_bounds, per_doc, span_text
from kronika.nlp import sentences as doc_sentences
from kronika.textnorm import WEEKDAY_PATTERN

# a sentence's own anaphora ("then", "the day before") need an event of its own to point back to
CONTEXT_ANCHORS = {"absolute", "published"}

RECENT_DAYS = 30
# news writes the weekday for a day of the week before the report and the date for an older one
THIS_WEEK = 7
DIRECT_RANK = 1  # attached to the incident word or through one word between (see `attach`)


@dataclass(frozen=True)
class ContextExpression:
    """A time expression borrowed from another sentence, with where it was found (for the reason)."""

    expression: TimeExpression
    where: str


def _earlier_in_paragraph(doc: Doc, detection: Detection) -> Iterator[Span]:
    """Sentences before the event's sentence in its paragraph, nearest first."""
    begin, _ = paragraph_bounds(doc_text(doc), detection.sentence.start, detection.sentence.end)
    earlier = [
        s for s in doc_sentences(doc) if begin <= s.start_char and s.end_char <= detection.sentence.start
    ]
    return reversed(earlier)


def _lead(doc: Doc) -> Span | None:
    """The article's first sentence with any words in it."""
    return next((s for s in doc_sentences(doc) if s.text.strip()), None)


# the start of a stretch of time a tally covers: "since Friday night", "since 7 p.m. Saturday"
SINCE_DAY = re.compile(
    r"\bsince\s+(?:(?:late|early)\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?"
    rf"{WEEKDAY_PATTERN}\b",
    re.IGNORECASE,
)


def _tally_lead(lead: Span) -> bool:
    """Whether the lead tells a tally of many incidents since a day ('in shootings across the city since
    Friday night'): that day starts the stretch, and dates none of its incidents (a lead on 'two shootings
    Sunday morning' dates them all, and is not one)."""
    text = span_text(lead)
    return SINCE_DAY.search(text) is not None and ROUNDUP_TALLY.search(text) is not None


def usable(sentence: Span) -> list[TimeExpression]:
    """The sentence's expressions that do not themselves refer back to another event, nor date what is yet
    to come ('a fundraiser will be held Thursday', 'the funeral is scheduled for Saturday'): a day ahead
    dates no incident already reported; nor the current year a tally covers ('131 shot so far this year')."""
    text = span_text(sentence)
    found = find_expressions(text, sentence.start_char)
    return [
        e
        for e in found
        if e.anchor in CONTEXT_ANCHORS and not ahead(sentence.doc, e) and not period_tally(text, e)
    ]


def _incident_ranked(
    sentence: Span, found: list[TimeExpression], lemmas: frozenset[str] = INCIDENT_LEMMAS
) -> list[tuple[int, int, int]]:
    """(rank, distance, index) of each expression by how closely it dates one of the sentence's incident
    words (`lemmas`); empty where the sentence has none."""
    incident = incident_words(sentence, lemmas)
    attached = [[attach(sentence.doc, e, t) for t in incident] for e in found]
    return sorted((a.rank, a.distance, i) for i, links in enumerate(attached) for a in links)


def _first_usable(sentence: Span) -> TimeExpression | None:
    """The sentence's expression that dates its incident ('police on Friday identified a boy killed
    Thursday night': Thursday), else its first; never one that refers back to another event, nor one
    dating an arrest, charge, hearing or statement where another is there ('charged in a death on Feb. 2,
    appeared in court Wednesday': Feb. 2)."""
    found = usable(sentence)
    ranked = _incident_ranked(sentence, found) if len(found) > 1 else []
    if ranked:
        ranked.sort(key=lambda r: dates_aftermath(sentence.doc, found[r[2]]))  # stable: rank order kept
    return found[ranked[0][2]] if ranked else next(iter(found), None)


_DATING_KEY = "kronika.dating_incident"


def _dating_incident(sentence: Span, lemmas: frozenset[str] = INCIDENT_LEMMAS) -> TimeExpression | None:
    """The expression that dates one of the sentence's incident words itself ('a man was shot Friday'),
    not another act of the sentence ('police said Monday', 'was arrested Thursday in the shooting').
    Kept per doc in its `user_data`: each undated event of an article asks of every sentence again."""
    memo: dict[tuple[int, int, frozenset[str]], TimeExpression | None] = per_doc(
        sentence.doc, _DATING_KEY, dict
    )
    key = (sentence.start, sentence.end, lemmas)
    if key not in memo:
        memo[key] = _sentence_dating_incident(sentence, lemmas)
    return memo[key]


def _sentence_dating_incident(sentence: Span, lemmas: frozenset[str]) -> TimeExpression | None:
    """`_dating_incident`, worked out."""
    found = usable(sentence)
    ranked = [r for r in _incident_ranked(sentence, found, lemmas) if r[0] <= DIRECT_RANK]
    return found[ranked[0][2]] if ranked else None


def is_incident(doc: Doc, detection: Detection) -> bool:
    """A violent incident itself (not the arrest, trial or mourning after it)."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    lemma = trigger.root.lemma_.lower() if trigger is not None else ""
    return detection.type.plover == "ASSAULT" or lemma in INCIDENT_LEMMAS


def incident_context(doc: Doc, detection: Detection, published: date | None) -> ContextExpression | None:
    """For an undated incident, the nearest sentence whose time expression dates an incident word: earlier
    in its paragraph, the lead, else a recent one anywhere. A date such a sentence gives to an arrest, a
    hearing or a statement is not the incident's; a day someone died is taken only where no sentence
    dates the harm itself ('died on Thursday' ... 'was struck on July 12': a death can follow by days)."""
    harm = _incident_context(doc, detection, published, HARM)
    return harm or _incident_context(doc, detection, published, INCIDENT_LEMMAS)


def _incident_context(
    doc: Doc, detection: Detection, published: date | None, lemmas: frozenset[str]
) -> ContextExpression | None:
    """`incident_context` for the incident words `lemmas`."""
    lead = _lead(doc)
    # a round-up's lead ("34 people were shot across the city since Friday night") dates where its tally
    # begins, none of its stories: each takes the day told nearest before it (GVA study: 1 date more right)
    before = lead is not None and lead.start_char < detection.sentence.start and not _tally_lead(lead)
    sources = [
        *((s, "an earlier sentence of its paragraph") for s in _earlier_in_paragraph(doc, detection)),
        *([(lead, "the article's lead sentence")] if lead is not None and before else []),
    ]
    for sentence, where in sources:
        found = _dating_incident(sentence, lemmas)
        if found is not None:
            return ContextExpression(found, where)
    return _nearest_dating(doc, detection, published, lemmas) if published is not None else None


def _nearest_dating(
    doc: Doc, detection: Detection, published: date, lemmas: frozenset[str]
) -> ContextExpression | None:
    """The nearest sentence dating one of the incident words `lemmas` within the month before publication,
    a date written out over a week before it passed over where another sentence dates one within the week."""
    # further away, an incident dated well before publication is as likely an older one told as background;
    # and news writes the weekday for a day of the report's week, a date for an older one: an incident dated
    # within that week is the story's own before an older incident nearer in the text whose date is written
    # out, one the article compares it with ('the second such shooting this month: a girl was shot Nov. 22')
    nearest = _nearest_first(doc, detection)
    for older_written in (False, True):
        for sentence in nearest:
            found = _dating_incident(sentence, lemmas)
            resolved = found.resolver(published) if found is not None else None
            if found is None or resolved is None or not _recent(resolved.value, published):
                continue
            if older_written or found.anchor != "absolute" or _recent(resolved.value, published, THIS_WEEK):
                return ContextExpression(found, "the nearest sentence dating the incident")
    return None


def _nearest_first(doc: Doc, detection: Detection) -> list[Span]:
    """The article's other sentences, those before the event's nearest first, then those after it in
    order: a page's other stories come first in its text, and a story tells its incident near its own
    sentences."""
    here = detection.sentence.start
    others = doc_sentences(doc)
    before = [s for s in others if s.start_char < here]
    return [*reversed(before), *(s for s in others if s.start_char > here)]


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
            found = _dating_incident(sentence, lemmas)
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
        ("the day a sentence telling the incident gives", lambda s, e: _tells_incident_day(s, e, HARM)),
        (DATING_TIER, _dating_incident_expression),
        ("the day a sentence telling the incident gives", _tells_incident_day),
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


def _tells_incident_day(
    sentence: Span, found: TimeExpression, lemmas: frozenset[str] = INCIDENT_LEMMAS
) -> bool:
    """The sentence tells the incident (by one of `lemmas`) and the expression dates no arrest, charge or
    statement in it."""
    return tells_incident(sentence, lemmas) and not dates_aftermath(sentence.doc, found)


def _day_of(found: TimeExpression, published: date | None) -> date | None:
    """The day an expression resolves to against publication."""
    resolved = found.resolver(published)
    return resolved.value if resolved is not None else None


def _dating_incident_expression(
    sentence: Span, found: TimeExpression, lemmas: frozenset[str] = INCIDENT_LEMMAS
) -> bool:
    """The expression is the one in its sentence that dates an incident word (one of `lemmas`) directly."""
    dating = _dating_incident(sentence, lemmas)
    return dating is not None and dating.start == found.start


def _recent(value: date, published: date, within: int = RECENT_DAYS) -> bool:
    """Within `within` days before publication (a month unless told), or a few days after it."""
    return -7 <= (published - value).days <= within


def context_expression(
    doc: Doc, detection: Detection, published: date | None = None
) -> ContextExpression | None:
    """The time expression an undated event inherits: one dating the incident (for an incident), the one its
    own sentence gives the incident it is about (for an act about one), else earlier in its paragraph, the
    lead, or the same word."""
    incident = is_incident(doc, detection)
    if incident:
        found_incident = incident_context(doc, detection, published)
        if found_incident is not None:
            return found_incident
    else:
        # 'police are investigating a shooting that killed a woman Tuesday evening': the day its own sentence
        # gives the incident it is about is nearer than any other sentence's
        own = _own_incident(doc, detection)
        if own is not None:
            return own
    for sentence in _earlier_in_paragraph(doc, detection):
        found = _first_usable(sentence)
        if found is not None:
            return ContextExpression(found, "an earlier sentence of its paragraph")
    lead = _lead(doc)
    if lead is not None and lead.start_char < detection.sentence.start:
        found = _first_usable(lead)
        if found is not None:
            return ContextExpression(found, "the article's lead sentence")
    # 'a shooting at the club in 2008' names an older one of its kind: the article's own date comes first
    return (
        _same_word_elsewhere(doc, detection, published)
        or _article_date(doc, detection, published)
        or _same_word_elsewhere(doc, detection)
    )


def _same_word_elsewhere(
    doc: Doc, detection: Detection, published: date | None = None
) -> ContextExpression | None:
    """The first dated sentence elsewhere that names the event with the trigger's word ('the shooting');
    given `published`, not one whose date lies over a year before it (an older event of the same kind)."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    lemma = trigger.root.lemma_.lower()
    for sentence in doc_sentences(doc):
        if sentence.start_char == detection.sentence.start or not any(
            t.lemma_.lower() == lemma for t in sentence
        ):
            continue
        found = _first_usable(sentence)
        if found is not None and not (published is not None and years_before(found, published)):
            return ContextExpression(found, f"another sentence about the same '{lemma}'")
    return None


def _article_date(doc: Doc, detection: Detection, published: date | None) -> ContextExpression | None:
    """The story's own date: the first sentence telling when the incident happened, else the first date;
    never a year or month long past, which recalls an older event ('in 2011, a man was killed there')."""
    others = [s for s in doc_sentences(doc) if s.start_char != detection.sentence.start]
    for sentence in (s for s in others if tells_incident(s)):
        found = _first_usable(sentence)
        # "accused of shooting her, was held for court Wednesday": the hearing's day, not the incident's
        if (
            found is not None
            and _tells_incident_day(sentence, found)
            and not long_past_period(found, published)
        ):
            return ContextExpression(found, "the article's first sentence dating the incident")
    # an incident precedes the statement or arrest that tells of it: 'On Wednesday, the sheriff said'
    # dates no shooting, whose own time of day, if any, is then the nearest known
    incident = is_incident(doc, detection)
    dated = (e for e in map(_first_usable, others) if e is not None and not long_past_period(e, published))
    first = next((e for e in dated if not (incident and dates_aftermath(doc, e))), None)
    return ContextExpression(first, "the article's first dated sentence") if first else None


def _own_incident(doc: Doc, detection: Detection) -> ContextExpression | None:
    """'police are investigating after a child was shot overnight': where nothing else in the article
    dates it, an act about an incident takes the day its own sentence gives that incident."""
    sentence = next((s for s in doc_sentences(doc) if s.start_char == detection.sentence.start), None)
    found = _dating_incident(sentence) if sentence is not None else None
    return ContextExpression(found, "the incident its sentence tells of") if found is not None else None


def posted_expression(doc: Doc, detection: Detection) -> ContextExpression | None:
    """The day an embedded post was posted ('a boy was shot — Jane Doe (@janedoe) November 5, 2016'): in
    the event's sentence, else the first post telling the incident, else the article's first post. A post
    quoted in a report is a statement about its news, and its day, like a statement's, is the nearest known
    for an article that dates the incident no other way."""
    here = detection.sentence.start
    own = [(s, "its sentence") for s in doc_sentences(doc) if s.start_char == here]
    others = [s for s in doc_sentences(doc) if s.start_char != here]
    telling = [(s, "a post telling the incident") for s in others if tells_incident(s)]
    for sentence, where in [*own, *telling, *((s, "the article's first post") for s in others)]:
        found = find_post_stamp(span_text(sentence), sentence.start_char)
        if found is not None:
            return ContextExpression(found, f"{where}, the day a post telling it was posted")
    return None


def tells_incident(sentence: Span, lemmas: frozenset[str] = INCIDENT_LEMMAS) -> bool:
    """The sentence reports an incident's occurrence (by one of `lemmas`): 'it happened', 'was shot'."""
    return any(t.lemma_.lower() in lemmas for t in sentence)
