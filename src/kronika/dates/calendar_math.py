"""Calendar arithmetic for reading time expressions: month and weekday names, safe dates, period shifts."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kronika.model import DatePrecision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# coders' commonest misspelling: in 23 of 89,071 training-side notes, all 23 dating the event by it
MONTHS["febuary"] = 2
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SATURDAY = WEEKDAYS["saturday"]
# an event known only to its month is dated to the month's middle day, as ACLED codes such events (the 15th):
# never more than half a month off, where the 1st can be a whole month off
MID_MONTH = 15
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


@dataclass(frozen=True)
class ResolvedDate:
    """A date with its precision, before it becomes an EventDate with a reason."""

    value: date
    precision: DatePrecision


def exact_day(value: date) -> ResolvedDate:
    """A day-precision date."""
    return ResolvedDate(value, "day")


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation."""
    return MONTHS[word.lower().rstrip(".")]


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None where the numbers do not make one."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_past(candidate: Callable[[int], date | None], base: date) -> date | None:
    """The candidate date in the base year, or the year before when that would be well after publication."""
    this_year = candidate(base.year)
    if this_year is None or this_year <= base + timedelta(days=7):  # a few days ahead: a scheduled event
        return this_year
    return candidate(base.year - 1)


def weekday_year(found: date, weekday: int) -> date:
    """'Saturday, March 11' without a year: of the day reckoned from publication and the same day a year
    either side, the one falling on that weekday (at most one does: a date's weekday moves on by one or two
    each year), else the day reckoned. A page's date may be a crawl's, months off its story's; the weekday
    its writer gave tells the story's year."""
    for year in (found.year, found.year - 1, found.year + 1):
        candidate = safe_date(year, found.month, found.day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return found


def shift_period(base: date, unit: str, n: int) -> ResolvedDate:
    """Move a date by n units; the precision is the unit's (a week starts on Monday, a month is dated to its
    middle day)."""
    if unit == "day":
        return exact_day(base + timedelta(days=n))
    if unit == "week":
        moved = base + timedelta(weeks=n)
        return ResolvedDate(moved - timedelta(days=moved.weekday()), "week")
    if unit == "month":
        index = base.year * 12 + base.month - 1 + n
        return ResolvedDate(month_middle(index // 12, index % 12 + 1, base), "month")
    return ResolvedDate(date(base.year + n, 1, 1), "year")


def month_middle(year: int, month: int, known_by: date | None) -> date:
    """The day a month-precise date stands on: its middle day, or, for the month of `known_by` (the report's
    day) before its middle, the middle of the days gone by ('has refused this month' in a report of the 2nd
    is no refusal on the 15th)."""
    if known_by is not None and (known_by.year, known_by.month) == (year, month) and known_by.day < MID_MONTH:
        return date(year, month, (1 + known_by.day) // 2)
    return date(year, month, MID_MONTH)
