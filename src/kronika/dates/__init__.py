"""When an event happened, relative to the article's publication and to the neighbouring earlier event."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from kronika.casualties.stories import tells_own_story
from kronika.dates.anaphora import anaphor_anchor
from kronika.dates.attach import (
    EXCLUDED,
    PHRASE_MODIFIER_EDGES,
    attach,
    closes_cause_phrase,
    in_relative_clause,
    other_events_year,
    token_span,
)
from kronika.dates.came_before import no_later_than_its_sequel
from kronika.dates.clock_story import clock_before, clock_expression
from kronika.dates.context import (
    ContextExpression,
    context_expression,
    incident_context,
    is_incident,
    posted_expression,
    tells_incident,
)
from kronika.dates.counted_since import counted_since
from kronika.dates.expressions import TimeExpression, find_expressions
from kronika.dates.hanging import (
    AFTERMATH_LEMMAS,
    ahead,
    dates_aftermath,
    hanging_verb,
    in_condition,
    is_after,
)
from kronika.dates.incident_days import (
    day_before_report,
    day_within,
    harm_dated_back,
    stated_incident_day,
)
from kronika.dates.incident_words import INCIDENT_LEMMAS
from kronika.dates.overnight import evening_before
from kronika.dates.periods import period_end, period_start
from kronika.dates.pinned import pinned
from kronika.dates.reasons import BORROWED_FROM, counted_by_itself, dated_by_itself, is_borrowed
from kronika.dates.recalled import another_incident, in_recalled_story, opens_with_recall
from kronika.dates.report_day import act_before_clock, report_day
from kronika.dates.resolve import (
    dated_back,
    reckoned_from_publication,
    to_event_date,
)
from kronika.dates.told_day import from_told_day
from kronika.dates.told_year import with_told_year
from kronika.dates.weekend import weekend_start, weekend_sunday
from kronika.dates.weeks_ago import DaySpan, weeks_ago_day, weeks_ago_span
from kronika.model import ArticleContext, Detection, EventDate
from kronika.nlp import doc_text
from kronika.textnorm import WEEKDAY_PATTERN

__all__ = [
    "counted_by_itself",
    "dated_by_itself",
    "is_borrowed",
    "is_historical",
    "period_end",
    "period_start",
    "resolve_date",
]

HISTORICAL_DAYS = 30  # older than a month before publication: background, not news
BACKGROUND_WORDS = {"once", "formerly", "previously", "earlier", "ago"}
# the times 'earlier' may name that keep to the story's own day ('earlier in the evening', 'earlier on
# Saturday')
SAME_DAY_AFTER = re.compile(
    rf"\s+(?:in\s+the\s+(?:morning|afternoon|evening|night|day)|on\s+{WEEKDAY_PATTERN})\b", re.IGNORECASE
)
NO_EXPRESSION = "unknown: no time expression in the sentence"
# the vaguer dates a day the article writes out for its incident, before them, may replace: a month
# reckoned from a stale publication day ('last month's murders'); not a year, too broad a span to tell a
# stale page from an older incident told beside the new one, nor a week ('two weeks ago', whose written day
# before it was, on the GVA study slice, another incident's as often as its own)
PERIODS_TO_WRITTEN_DAY = frozenset({"month"})
# PLOVER types whose period ('earlier this month', 'last week') is never narrowed to a day the article gives
# another incident: protests, deals and concessions are no harm an incident sentence dates
KEPT_PERIODS = frozenset(
    {"PROTEST", "AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "RETREAT", "SUPPORT"}
)


def trigger_token(doc: Doc, detection: Detection) -> Token | None:
    """The head token of the detection's trigger."""
    span = token_span(doc, detection.trigger.start, detection.trigger.end)
    return span.root if span is not None else None


def _ranked_expressions(doc: Doc, detection: Detection) -> list[TimeExpression]:
    """The time expressions in the sentence that may date the trigger, most closely attached first."""
    sentence = detection.sentence
    expressions = find_expressions(sentence.text, sentence.start)
    trigger = trigger_token(doc, detection)
    if not expressions or trigger is None:
        return expressions[:1]
    ranked = [(attach(doc, e, trigger), e) for e in expressions]
    # a day still ahead ('a strike called for Thursday', 'ahead of the January vote') dates no incident
    # reported, which is done already
    incident = is_incident(doc, detection)
    usable = sorted(
        (a.rank, a.distance, e.start, i)
        for i, (a, e) in enumerate(ranked)
        if a.rank < EXCLUDED and not (incident and a.rank > 0 and ahead(doc, e))
    )
    return [ranked[i][1] for *_, i in usable]


def resolve_date(
    doc: Doc, detection: Detection, ctx: ArticleContext, previous: EventDate | None
) -> EventDate:
    """The day (or week, month, year) this event happened, with the reason, or an unknown date with why;
    a period ('last week') narrowed to the day the article gives inside it ('on Friday'), a weekend
    the article gives no day of to its Sunday, and 'two weeks ago' to the 14th day before publication."""
    found = _resolve(doc, detection, ctx, previous)
    end = period_end(found)
    if found.value is None or end is None or found.precision == "day":
        return found
    span = weeks_ago_span(found, ctx.article.published) or DaySpan(_first_day(found), end)
    # the day a period is narrowed to is one the article's incident sentences give: not a protest's, a
    # deal's or a concession's told beside another incident ('Earlier this month, miners blocked a highway'
    # under a lead dating its clash); a statement or an arrest may be the incident's only telling, where its
    # sentence names the incident ('arrested last week in the shooting'): 'Castillo was arrested last week'
    # in a story of Sunday's clashes is no arrest on Sunday
    narrowable = is_incident(doc, detection) or (
        detection.type.plover not in KEPT_PERIODS and _names_incident(doc, detection)
    )
    narrowed = day_within(doc, span.first, span.last, ctx.article.published) if narrowable else None
    if narrowed is None:
        published = ctx.article.published
        gone = _weekday_in_week_gone(doc, found, published) if narrowable else None
        if gone is not None:
            return gone
        written = _written_incident_day(doc, detection, found, published)
        return written or weekend_sunday(found) or weeks_ago_day(found, published) or found
    told = with_told_year(doc, narrowed.expression, ctx.article.published)
    day = to_event_date(told, ctx.article.published, None)
    return EventDate(day.value, day.precision, f"{day.reason}, {narrowed.where} ({found.reason})")


# An incident's words and those that tell its harm besides ('found dead', 'the gun discharged, hitting her')
_INCIDENT_OR_HARM = INCIDENT_LEMMAS | frozenset(
    {"dead", "victim", "body", "hit", "discharge", "gun", "handgun", "bullet", "wound"}
)


def _names_incident(doc: Doc, detection: Detection) -> bool:
    """Whether the detection's sentence names an incident or its harm ('arrested in last week's shooting',
    'the victims found dead', 'the gun discharged, hitting her')."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    return sentence is not None and tells_incident(sentence, _INCIDENT_OR_HARM)


def _weekday_in_week_gone(doc: Doc, period: EventDate, published: date | None) -> EventDate | None:
    """An incident dated only by a week gone by ('last week's shooting') that the article gives a weekday of
    ('the shooting was reported about 7:15 p.m. Friday'): that weekday of that week. A follow-up names the
    week because the weekday alone would read as one of its own week, so the weekday is read in the week
    named, where it dates or tells the incident ('police said Thursday' dates a statement of the report's
    week)."""
    end = period_end(period)
    if published is None or period.precision != "week" or end is None or end >= published:
        return None
    narrowed = day_within(doc, _first_day(period), end, end, weekdays_only=True)
    day = narrowed.expression.resolver(end) if narrowed is not None else None
    if narrowed is None or day is None:
        return None
    quoted = f"'{narrowed.expression.text}'"
    return EventDate(
        day.value, day.precision, f"{quoted} in the week named, {narrowed.where} ({period.reason})"
    )


def _first_day(period: EventDate) -> date:
    """The first day a period may be narrowed to: a weekend's Friday, else the period's first day."""
    return weekend_start(period) or period_start(period)


def _written_incident_day(
    doc: Doc, detection: Detection, period: EventDate, published: date | None
) -> EventDate | None:
    """An incident dated only by a month reckoned from publication that the article gives no day of ('last
    month's murders of eight people'), where the article writes out the day of its incident before that month
    ('were shot and killed on August 8th'): that day. The publication day of a page copied or crawled later
    is not the story's; the written day names its day whatever the page's date."""
    if (
        published is None
        or period.precision not in PERIODS_TO_WRITTEN_DAY
        or not reckoned_from_publication(period)
        or not is_incident(doc, detection)
    ):
        return None
    written = stated_incident_day(doc, published, published)
    day = to_event_date(written.expression, published, None) if written is not None else None
    # a page's date can only be later than its story's, so a period reckoned from a stale one falls after
    # the story: a written day after the period is some later act's, not the incident's
    if written is None or day is None or day.value is None or day.value >= period_start(period):
        return None
    return EventDate(day.value, day.precision, f"{day.reason}, {written.where} ({period.reason})")


def _resolve(doc: Doc, detection: Detection, ctx: ArticleContext, previous: EventDate | None) -> EventDate:
    """The date this event's own sentence, or the context it borrows from, gives it."""
    back = _dated_back(doc, detection, ctx)
    if back is not None:
        return back
    trigger = trigger_token(doc, detection)
    since = counted_since(trigger) if trigger is not None else None
    if since is not None:
        return since
    unresolved: EventDate | None = None
    anaphor: TimeExpression | None = None
    reported: list[EventDate] = []
    for ranked in _ranked_expressions(doc, detection):
        expression = _as_read(doc, ranked, ctx.article.published)
        anchor = anaphor_anchor(doc, detection, expression, ctx.article.published, previous)
        counted_from = "the previous event's date" if anchor is previous else "a day earlier in its paragraph"
        found = to_event_date(expression, ctx.article.published, anchor, counted_from)
        if found.value is not None and _dates_report(doc, expression, detection):
            reported.append(found)
            continue
        if found.value is not None:
            return found
        # "On 2 May, relatives protested after the previous day ...": an anaphor with nothing to point
        # back to gives way to the sentence's other expressions (never to another sentence's date), and at
        # the last to a time of day before it in its sentence ('responded at 1:30 p.m. ... and then')
        unresolved, anaphor = (unresolved, anaphor) if unresolved else (found, expression)
    if reported:
        # "a man shot his wife, the sheriff said Tuesday": Tuesday is when he spoke; a date another
        # sentence gives the incident itself wins, then a day the article gives before the statement, else the
        # day of the statement is the nearest known
        published = ctx.article.published
        told = incident_context(doc, detection, published) or _before_report(doc, reported[0], ctx)
        return _inherit(doc, detection, told, ctx, previous) if told is not None else reported[0]
    if unresolved is not None and anaphor is not None:
        clock = clock_before(detection, anaphor) or _written_for_stranded(doc, detection, ctx)
        return _inherit(doc, detection, clock, ctx, previous) if clock is not None else unresolved
    published = ctx.article.published
    # a sentence telling another incident ('Separately, ...') keeps its own date before any it could borrow
    lone = _lone_date(doc, detection, published) if tells_own_story(detection.sentence.text) else None
    if lone is not None:
        return lone
    borrowed = context_expression(doc, detection, published) or clock_expression(
        doc, detection, own_only=True
    )
    if borrowed is None:
        # the sentence's own only date ('was hurt in a shooting at a range that deputies visited last Friday',
        # its day parsed into a clause) before a time of day another sentence gives with no day named, or the
        # page's posting stamp: either only dates the event to the day of the report
        lone = _lone_date(doc, detection, published)
        if lone is not None:
            return lone
        borrowed = clock_expression(doc, detection) or posted_expression(doc, detection)
    incident = is_incident(doc, detection)
    if incident:
        borrowed = act_before_clock(doc, borrowed, published) or borrowed
    if borrowed is None and incident:
        borrowed = report_day(doc, detection, published)
    if borrowed is not None and incident and dates_aftermath(doc, borrowed.expression):
        return _before_borrowed_report(doc, detection, borrowed, ctx, previous)
    inherited = _inherit(doc, detection, borrowed, ctx, previous)
    trigger = trigger_token(doc, detection)
    return no_later_than_its_sequel(doc, detection, trigger, inherited, ctx.article.published)


def _written_for_stranded(doc: Doc, detection: Detection, ctx: ArticleContext) -> ContextExpression | None:
    """'is accused of shooting four relatives then burning their bodies' ... 'charged in the Feb. 19 deaths':
    an incident whose 'then' has no earlier event to count from takes the day the article writes out for its
    incident (before publication, within a year), rather than no day at all."""
    published = ctx.article.published
    if published is None or not is_incident(doc, detection):
        return None
    written = stated_incident_day(doc, published, published)
    if written is None:
        return None
    return replace(written, where=f"{written.where}, 'then' having nothing to count from")


def _lone_date(doc: Doc, detection: Detection, published: date | None) -> EventDate | None:
    """'Two were killed and two others injured on Tuesday when ...', parsed as a clause on 'others': the
    sentence's only date, though the parse hangs it in a participle's clause, where nothing else dates the
    event; never a relative clause's before the trigger ('men who were arrested on Monday attacked'), which
    dates its own act, nor a year or month closing one after it.
    A day told twice ('on Wednesday (June 20)') is still the only date."""
    sentence = detection.sentence
    expressions = find_expressions(sentence.text, sentence.start)
    trigger = trigger_token(doc, detection)
    if (
        not expressions
        or any(e.anchor == "previous" or ahead(doc, e) for e in expressions)
        or trigger is None
    ):
        return None  # a day still ahead ('called a strike for Tuesday') is the asked act's
    # a year naming another event ('for his part in the 2015 shooting') dates that event alone
    spans = [token_span(doc, e.start, e.end) for e in expressions]
    # nor a day closing a cause phrase ('in response to rocket fire last week'): the answered act's
    if any(
        span is not None and (other_events_year(span, trigger) or closes_cause_phrase(span, trigger.i + 1))
        for span in spans
    ):
        return None
    dates = [to_event_date(e, published, None) for e in expressions]
    found = dates[0]
    # a day closing a relative clause told after the trigger dates it too (training side: +5, -0 of 5,000
    # notes); a year or month there ('the home of a boy who was killed last year') stays the clause's own,
    # as does a day on the person a trigger only describes ('the shooting suspect who was seen on Sunday')
    day = found.precision == "day" and trigger.dep_ not in PHRASE_MODIFIER_EDGES
    if any(in_relative_clause(doc, e, trigger, before_only=day) for e in expressions):
        return None
    if found.value is None or any(d.value != found.value or d.precision != found.precision for d in dates):
        return None
    return EventDate(found.value, found.precision, f"{found.reason}, the sentence's only date")


def _before_borrowed_report(
    doc: Doc,
    detection: Detection,
    borrowed: ContextExpression,
    ctx: ArticleContext,
    previous: EventDate | None,
) -> EventDate:
    """An incident that borrows the day of an arrest, charge or statement ('Police arrested a man Wednesday
    in the shooting.' ... 'He opened fire on a crowd.'): a day the article writes out for its incident before
    that act comes first, then a day before it in a sentence telling the incident ('officers were sent there
    on Saturday and found him shot'), else the act's day is the nearest known. A day reckoned from the report
    in a sentence telling no incident ('last seen Saturday night') is not taken: it may as well come before
    the incident."""
    report = _inherit(doc, detection, borrowed, ctx, previous)
    earlier = _before_report(doc, report, ctx, borrowed=True)
    return _inherit(doc, detection, earlier, ctx, previous) if earlier is not None else report


def _before_report(
    doc: Doc, report: EventDate, ctx: ArticleContext, *, borrowed: bool = False
) -> ContextExpression | None:
    """A day the article gives before the day of the report telling the incident (within a month), else one
    it writes out for its incident (within a year), if any. For a day the incident only borrowed from the
    report (`borrowed`), the written-out day comes first, and the day before must be in a sentence telling
    the incident."""
    if report.value is None or report.precision != "day":
        return None
    published = ctx.article.published
    if borrowed:
        return stated_incident_day(doc, report.value, published) or day_before_report(
            doc, report.value, published, telling=True
        )
    return day_before_report(doc, report.value, published) or stated_incident_day(
        doc, report.value, published
    )


def _dated_back(doc: Doc, detection: Detection, ctx: ArticleContext) -> EventDate | None:
    """The trigger told after 'N days after' in its sentence, dated back from the sentence's other date."""
    trigger = trigger_token(doc, detection)
    if trigger is None:
        return None
    sentence = detection.sentence
    expressions = find_expressions(sentence.text, sentence.start)
    return dated_back(expressions, trigger.idx, ctx.article.published)


def _as_read(doc: Doc, expression: TimeExpression, published: date | None) -> TimeExpression:
    """The expression as the article means it: a day word counted from the day its statement was given, a
    night from the evening before, a weekday pinned to the full date the article gives it."""
    return pinned(doc, evening_before(doc, from_told_day(doc, expression, published), published), published)


def _inherit(
    doc: Doc,
    detection: Detection,
    borrowed: ContextExpression | None,
    ctx: ArticleContext,
    previous: EventDate | None,
) -> EventDate:
    """The date a borrowed expression gives, with where it was found; unknown without one. An incident
    borrowing from 'he died Thursday, three days after he was shot' takes the day of the shooting."""
    if borrowed is None:
        return EventDate(None, None, NO_EXPRESSION)
    back = harm_dated_back(doc, borrowed, ctx.article.published) if is_incident(doc, detection) else None
    if back is not None:
        return EventDate(back.value, back.precision, f"{back.reason}{BORROWED_FROM}{borrowed.where}")
    inherited = to_event_date(
        _as_read(doc, borrowed.expression, ctx.article.published), ctx.article.published, previous
    )
    if inherited.value is None:
        return EventDate(None, None, NO_EXPRESSION)
    return EventDate(
        inherited.value, inherited.precision, f"{inherited.reason}{BORROWED_FROM}{borrowed.where}"
    )


# a day on the statement, arrest, charge or hearing that tells of an incident is that act's day
REPORTING = frozenset({"add", *AFTERMATH_LEMMAS})


def _dates_report(doc: Doc, expression: TimeExpression, detection: Detection) -> bool:
    """The expression dates the statement reporting an incident ('police said Tuesday'), an act after it
    ('arrested a man Thursday in the shooting') or a victim's condition ('was in critical condition
    Sunday'), not the incident: it hangs on such a verb, the trigger is an
    incident, and the verb is not the trigger unless the incident is told only through its report."""
    span = token_span(doc, expression.start, expression.end)
    trigger = trigger_token(doc, detection)
    if span is None or trigger is None or not is_incident(doc, detection):
        return False
    verb = hanging_verb(span)
    reports = is_after(verb, REPORTING) or in_condition(verb)
    if not reports or verb.i in {t.i for t in span} or _as_reported(verb):
        return False
    # "police on Thursday identified three people found dead", read as the killing: Thursday is the report's
    return verb.i != trigger.i or trigger.lemma_.lower() not in INCIDENT_LEMMAS


def _as_reported(verb: Token) -> bool:
    """'As reported on 30 April, a body was found': a frame saying when the news came, the nearest the
    report comes to the incident's own day (coders date such an event by it), not a later act."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _is_old(event_date: EventDate, published: date) -> bool:
    """An event date well before publication, or in an earlier year at year precision."""
    end = period_end(event_date)
    if end is None:
        return False
    if event_date.precision == "year" and end.year < published.year:
        return True
    return (published - end).days > HISTORICAL_DAYS


def _framed_as_background(doc: Doc, detection: Detection) -> bool:
    """The trigger's clause says this is background: 'was once close', 'had formerly led'."""
    trigger = trigger_token(doc, detection)
    if trigger is None:
        return False
    path = [trigger]  # up to the clause's verb: "were once close allies" puts "once" on "were"
    while path[-1].pos_ not in {"VERB", "AUX"} and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    words = [child for token in path for child in token.children]
    return any(
        child.lower_ in BACKGROUND_WORDS and child.dep_ == "advmod" and not _earlier_that_day(child)
        for child in words
    )


def _earlier_that_day(word: Token) -> bool:
    """'Earlier in the evening', 'earlier on Saturday': earlier on the story's own day, no background (the
    words after it are read, as the parse hangs the time on the verb as often as on 'earlier')."""
    return (
        word.lower_ == "earlier"
        and SAME_DAY_AFTER.match(doc_text(word.doc), word.idx + len(word)) is not None
    )


def _recalls_other_incident(doc: Doc, detection: Detection) -> bool:
    """The sentence recalls an earlier incident told for context ('Earlier this month, a boy shot himself
    in another town'), whose toll must not pass for the article's own incident's."""
    if opens_with_recall(detection.sentence.text):
        return True
    trigger = trigger_token(doc, detection)
    return trigger is not None and another_incident(trigger, detection.sentence.text)


def is_historical(
    event_date: EventDate,
    detection: Detection,
    doc: Doc,
    published: date | None,
    current: EventDate | None = None,
) -> bool:
    """True for background events from the past: an old date, a clause framed as background, a sentence
    recalling an earlier incident, or a story the article turns to on an earlier calendar date than that of
    `current`, the last dated current event told before it."""
    if published is not None and _is_old(event_date, published):
        return True
    return (
        _framed_as_background(doc, detection)
        or _recalls_other_incident(doc, detection)
        or in_recalled_story(doc, detection, event_date, current)
    )
