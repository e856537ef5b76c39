"""Time expressions in a sentence, each turned into a date relative to publication or the previous event."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kronika.dates import expression_dates as dated
from kronika.dates.calendar_math import WEEKDAYS, month_number, safe_date
from kronika.dates.expression_dates import Resolver
from kronika.dates.expression_patterns import PATTERNS, WEEKDAY_EXPRESSION, Anchor, Pattern
from kronika.dates.not_dating import (
    caption_date,
    dateline_date,
    dates_something_else,
    named_birth_date,
    occasion,
    posted_by,
)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a sentence; offsets are into the article text."""

    start: int
    end: int
    text: str
    anchor: Anchor  # what it is relative to
    resolver: Resolver


_WEEKDAY_ONLY = re.compile(WEEKDAY_EXPRESSION)


def weekday_of(expression: TimeExpression) -> int | None:
    """The weekday (Monday 0) an expression such as 'late Friday night' names, None for any other kind."""
    m = _WEEKDAY_ONLY.fullmatch(expression.text)
    return WEEKDAYS[m["weekday"].lower()] if m and expression.anchor == "published" else None


def find_post_stamp(text: str, offset: int) -> TimeExpression | None:
    """The day an embedded post was posted ('— Jane Doe (@janedoe) November 5, 2016'), which
    `find_expressions` leaves out: the day the post told what it tells, so only a last resort."""
    for pattern, m in _all_matches(text):
        if pattern.anchor == "absolute" and posted_by(text[: m.start()]):
            return TimeExpression(
                offset + m.start(), offset + m.end(), m.group(0), "absolute", pattern.build(m)
            )
    return None


def find_expressions(text: str, offset: int) -> list[TimeExpression]:
    """Every non-overlapping time expression in a sentence's text, earliest first."""
    return list(_expressions(text, offset))


# Dating one event reads its neighbours' sentences too, so an article's sentences are scanned again and
# again; the expressions are immutable and depend on the text alone, so a memo returns the same answer.
@functools.lru_cache(maxsize=4096)
def _expressions(text: str, offset: int) -> tuple[TimeExpression, ...]:
    """The expressions of find_expressions, as a tuple a memo can share."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for pattern, m in _all_matches(text):
        before = text[: m.start()]
        if any(m.start() < end and start < m.end() for start, end in taken) or (
            dates_something_else(before)
            or (pattern.build in (dated.slashed, dated.yearless_slashed) and named_birth_date(text, m))
            or _weekday_disagrees(m)
        ):
            continue
        taken.append((m.start(), m.end()))
        # its words stay taken: "the Fourth of July" holds no "of July", "(Nov. 18, 2015) —" no "Nov. 18"
        if (
            (pattern.build is dated.holiday and occasion(before))
            or dateline_date(text, m)
            or caption_date(text, m)
        ):
            continue
        found.append(
            TimeExpression(offset + m.start(), offset + m.end(), m.group(0), pattern.anchor, pattern.build(m))
        )
    ordered = sorted(found, key=lambda e: e.start)
    return tuple(
        e for e in ordered if not _gloss(e, found, text, offset) and not _glossed(e, found, text, offset)
    )


# "Around 18 June 2020 (between 15 - 21 June)": a date in brackets right after a stated one glosses it (the
# span it was narrowed from) and dates nothing itself; after 'on Wednesday (June 20)' it is the day itself
GLOSS_GAP = re.compile(r"\s*\(\s*")


def _gloss(expression: TimeExpression, found: list[TimeExpression], text: str, offset: int) -> bool:
    """The expression opens brackets set right after a stated date."""
    start = expression.start - offset
    return any(
        GLOSS_GAP.fullmatch(text[other.end - offset : start])
        for other in found
        if other.end <= start and other.anchor == "absolute"
    )


def _glossed(expression: TimeExpression, found: list[TimeExpression], text: str, offset: int) -> bool:
    """A weekday glossed by the date in brackets right after it ('Monday (6/30) evening'): the date names
    the day itself, and where the two disagree the written date is the one to keep, as a weekday only counts
    back from the report."""
    end = expression.end - offset
    return weekday_of(expression) is not None and any(
        GLOSS_GAP.fullmatch(text[end : other.start - offset])
        for other in found
        if other.start - offset >= end and other.anchor == "absolute"
    )


def _weekday_disagrees(m: re.Match[str]) -> bool:
    """A weekday set before a full date with its year that fell on another weekday ('Saturday, Dec. 13,
    2016', a Tuesday): one of the two is a slip, so they are read apart, each as if written alone."""
    groups = m.re.groupindex
    if "weekday" not in groups or "year" not in groups or not m["weekday"] or not m["year"]:
        return False
    day = safe_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return day is not None and day.weekday() != WEEKDAYS[m["weekday"].lower()]


def _all_matches(text: str) -> Iterator[tuple[Pattern, re.Match[str]]]:
    """Each pattern's matches, in pattern priority order."""
    for pattern in PATTERNS:
        for m in pattern.regex.finditer(text):
            yield pattern, m
