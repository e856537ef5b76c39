"""The date an undated sentence inherits from its context: earlier in its paragraph, or the article's lead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from kronika.casualties.stories import SEPARATE
from kronika.casualties.tallies import ROUNDUP_TALLY
from kronika.dates.attach import EXCLUDED, attach, closes_cause_phrase, names_event_year, token_span
from kronika.dates.background import long_past_period, period_tally, years_before
from kronika.dates.expressions import TimeExpression, find_expressions, find_post_stamp
from kronika.dates.hanging import ahead, dates_aftermath
from kronika.dates.incident_words import (
    HARM,
    INCIDENT_LEMMAS,
    incident_words,
)
from kronika.events.taxonomy import VIOLENT_ACLED_TYPES
from kronika.model import Detection
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


# a weekend a tally covers: "over the Labor Day weekend", "over the holiday weekend"
OVER_WEEKEND = re.compile(r"\bover\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?weekend\b", re.IGNORECASE)


def _tally_lead(lead: Span) -> bool:
    """Whether the lead tells a tally of many incidents since a day or over a weekend ('in shootings
    across the city since Friday night', '... over the Labor Day weekend'): that stretch dates none of its
    incidents (a lead on 'two shootings Sunday morning' dates them all, and is not one)."""
    text = span_text(lead)
    stretch = SINCE_DAY.search(text) is not None or OVER_WEEKEND.search(text) is not None
    return stretch and ROUNDUP_TALLY.search(text) is not None


# Words that make a 'since' phrase a yardstick ('the first since', 'the largest since'); the tagger's JJS
# finds most superlatives, these the ordinals and those it misses.
_YARDSTICK_WORDS = frozenset(
    {"first", "last", "biggest", "largest", "worst", "deadliest", "highest", "lowest"}
)


def usable(sentence: Span) -> list[TimeExpression]:
    """The sentence's expressions that do not themselves refer back to another event, nor date what is yet
    to come ('a fundraiser will be held Thursday', 'the funeral is scheduled for Saturday'): a day ahead
    dates no incident already reported; nor the current year a tally covers ('131 shot so far this year')."""
    text = span_text(sentence)
    found = find_expressions(text, sentence.start_char)
    return [
        e
        for e in found
        if e.anchor in CONTEXT_ANCHORS
        and not ahead(sentence.doc, e)
        and not period_tally(text, e)
        and not _answered_act(sentence, e)
    ]


def _answered_act(sentence: Span, expression: TimeExpression) -> bool:
    """The expression dates the earlier act a cause phrase names ('in response to rocket fire last week'),
    which the sentence's other acts, and those that borrow its date, answer later; or it is a year naming
    a past event ('seized power in a 2021 coup'), no frame for the acts told after it."""
    span = token_span(sentence.doc, expression.start, expression.end)
    if span is None:
        return False
    return closes_cause_phrase(span, sentence.start) or names_event_year(span) or _yardstick(span)


def _yardstick(span: Span) -> bool:
    """Whether the expression dates the yardstick of a superlative ('the largest protests since the fall
    of Milosevic in 2000', 'the first such attack since 2015'): a past event compared with, no frame for
    the acts told after it."""
    for token in span.root.ancestors:
        if token.dep_ == "prep" and token.lower_ == "since":
            head = token.head
            return (
                head.tag_ == "JJS"
                or head.lower_ in _YARDSTICK_WORDS
                or any(c.tag_ == "JJS" or c.lower_ in _YARDSTICK_WORDS for c in head.children)
            )
    return False


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
        return found[ranked[0][2]]
    # with no incident word, the day of the sentence's act before a day named only for some other noun
    own = [e for e in found if not _names_other_day(sentence, e)]
    return next(iter(own or found), None)


def _framing(sentence: Span) -> TimeExpression | None:
    """`_first_usable`, of the expressions that may date the sentence's main act: not one inside a clause
    on a noun ('freed 137 pupils abducted two weeks ago', said on Sunday: the pupils' release, told after
    it, took place on Sunday, not two weeks ago)."""
    root = sentence.root
    found = usable(sentence)
    framing = [
        e
        for e in found
        if attach(sentence.doc, e, root).rank < EXCLUDED and not _names_other_day(sentence, e)
    ]
    if not framing or len(framing) == len(found):
        return _first_usable(sentence)
    return framing[0]


def _names_other_day(sentence: Span, expression: TimeExpression) -> bool:
    """Whether the expression is a possessive naming the day of a noun that is not the sentence's subject
    ('declared the winner of last week's election on Monday': the election's week, not the declaring's);
    'Sunday's attack killed three' dates its subject, the act itself."""
    span = token_span(sentence.doc, expression.start, expression.end)
    if span is None or span.root.dep_ != "poss":
        return False
    noun = span.root.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in ("nsubj", "nsubjpass")


_DATING_KEY = "kronika.dating_incident"


def dating_incident(sentence: Span, lemmas: frozenset[str] = INCIDENT_LEMMAS) -> TimeExpression | None:
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
    """`dating_incident`, worked out."""
    found = usable(sentence)
    ranked = [r for r in _incident_ranked(sentence, found, lemmas) if r[0] <= DIRECT_RANK]
    return found[ranked[0][2]] if ranked else None


# ACLED's types of violence, a riot's too
INCIDENT_ACLED_TYPES = VIOLENT_ACLED_TYPES | {"Riots"}


def is_incident(doc: Doc, detection: Detection) -> bool:
    """A violent incident itself (not the arrest, trial or mourning after it)."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    lemma = trigger.root.lemma_.lower() if trigger is not None else ""
    return detection.type.plover == "ASSAULT" or lemma in INCIDENT_LEMMAS


def _dated_as_incident(doc: Doc, detection: Detection) -> bool:
    """Whether an undated reading takes the day of the incident the article dates: an incident itself, or
    a reading ACLED codes as violence whatever its PLOVER type ('set homes ablaze' in a raid), which is
    part of that incident, not an act after it dated by the day it was told."""
    return is_incident(doc, detection) or detection.type.acled_event_type in INCIDENT_ACLED_TYPES


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
        found = dating_incident(sentence, lemmas)
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
    # a sentence telling 'a separate incident' dates that one, never lends its day to the story's
    nearest = [s for s in _nearest_first(doc, detection) if SEPARATE.search(span_text(s)) is None]
    for older_written in (False, True):
        for sentence in nearest:
            found = dating_incident(sentence, lemmas)
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


def tells_incident_day(
    sentence: Span, found: TimeExpression, lemmas: frozenset[str] = INCIDENT_LEMMAS
) -> bool:
    """The sentence tells the incident (by one of `lemmas`) and the expression dates no arrest, charge or
    statement in it."""
    return tells_incident(sentence, lemmas) and not dates_aftermath(sentence.doc, found)


def _recent(value: date, published: date, within: int = RECENT_DAYS) -> bool:
    """Within `within` days before publication (a month unless told), or a few days after it."""
    return -7 <= (published - value).days <= within


def context_expression(
    doc: Doc, detection: Detection, published: date | None = None
) -> ContextExpression | None:
    """The time expression an undated event inherits: one dating the incident (for an incident), the one its
    own sentence gives the incident it is about (for an act about one), else earlier in its paragraph, the
    lead, or the same word."""
    incident = _dated_as_incident(doc, detection)
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
        found = _framing(sentence) if not incident else _first_usable(sentence)
        if found is not None:
            return ContextExpression(found, "an earlier sentence of its paragraph")
    lead = _lead(doc)
    if lead is not None and lead.start_char < detection.sentence.start:
        found = _framing(lead) if not incident else _first_usable(lead)
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
            and tells_incident_day(sentence, found)
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
    found = dating_incident(sentence) if sentence is not None else None
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
