"""Times of day that name no day ('at 8 p.m.', 'an early-morning shooting'), dated to the report's day."""

from __future__ import annotations

import re
from datetime import date

from kronika.dates.calendar_math import ResolvedDate
from kronika.dates.expressions import TimeExpression

# "around 1:50 a.m.", "at 8 p.m.", "an early-morning shooting": a time of day that names no day. A report
# giving only this speaks of its own day (or the small hours just before it), so it is a last resort,
# used only where nothing else in the article dates the event
CLOCK = re.compile(
    r"(?<![\w:])(?:[01]?\d(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight|early(?:\s+|-)morning)(?![\w-])",
    re.IGNORECASE,
)

CLOCK_STAMP = re.compile(r"\b(?:updated|modified|posted|published)\s*:?[^.\n]{0,40}$", re.IGNORECASE)


def find_clock_time(text: str, offset: int) -> TimeExpression | None:
    """The sentence's first time of day, as an expression dated to the publication day; never the time
    of a page's stamp ('Posted: Wednesday, January 7, 2015 12:45 PM EST')."""
    m = next((m for m in CLOCK.finditer(text) if not CLOCK_STAMP.search(text[: m.start()])), None)
    if m is None:
        return None
    return TimeExpression(offset + m.start(), offset + m.end(), m.group(0), "published", _report_day)


def is_clock_time(expression: TimeExpression) -> bool:
    """Whether the expression is a time of day naming no day, dated to the report's day ('at 8 p.m.')."""
    return expression.anchor == "published" and CLOCK.fullmatch(expression.text) is not None


def _report_day(base: date | None) -> ResolvedDate | None:
    """The publication day itself, at day precision."""
    return ResolvedDate(base, "day") if base else None
