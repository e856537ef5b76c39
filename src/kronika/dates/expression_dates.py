"""How each kind of matched time expression becomes a date: the readers its patterns build."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from kronika.dates.calendar_math import (
    NUMBER_WORDS,
    SATURDAY,
    WEEKDAYS,
    ResolvedDate,
    exact_day,
    month_middle,
    month_number,
    nearest_past,
    safe_date,
    shift_period,
    weekday_year,
)
from kronika.dates.holidays import holiday_rule, most_recent, written_year
from kronika.dates.ranges import range_start

# what a matched expression becomes: a date reckoned from its anchor (None where it has none)
Resolver = Callable[[date | None], ResolvedDate | None]
Builder = Callable[[re.Match[str]], Resolver]


def explicit_day(m: re.Match[str]) -> Resolver:
    """'5 October 2020', 'Oct. 5', 'October 5th, 2020': year: the one nearest before publication."""
    month, day = month_number(m["month"]), int(m["day"])
    if m["year"]:
        fixed = safe_date(int(m["year"]), month, day)
        return lambda _base: exact_day(fixed) if fixed else None

    weekday = m.groupdict().get("weekday")

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        found = nearest_past(lambda y: safe_date(y, month, day), base)
        if found is not None and weekday is not None:
            found = weekday_year(found, WEEKDAYS[weekday.lower()])
        return exact_day(found) if found else None

    return resolve


def date_range(m: re.Match[str]) -> Resolver:
    """'6-7 August', 'from Jan 21 to Jan 27, 2020': coders date an event told over a range of days by the
    range's first day (ACLED's notes split such events by day, the first one most often)."""
    month = month_number(m["month"] or m["end_month"])
    end_month = month_number(m["end_month"] or m["month"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if m["year"]:
            found = range_start(m, month, end_month)
        else:
            found = nearest_past(lambda y: safe_date(y, month, int(m["day"])), base) if base else None
        return exact_day(found) if found else None

    return resolve


def iso(m: re.Match[str]) -> Resolver:
    """'2020-10-05'."""
    fixed = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return lambda _base: exact_day(fixed) if fixed else None


def slashed(m: re.Match[str]) -> Resolver:
    """'10/05/2020': month first (US style), day first when the first number cannot be a month."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])

    def resolve(base: date | None) -> ResolvedDate | None:
        # "09/01/94" is 1994 when 2094 would lie after publication
        full = year if year >= 100 else 2000 + year
        if year < 100 and base is not None and full > base.year:
            full -= 100
        fixed = safe_date(full, first, second) if first <= 12 else safe_date(full, second, first)
        return exact_day(fixed) if fixed else None

    return resolve


def yearless_slashed(m: re.Match[str]) -> Resolver:
    """'on 20/03', 'on 10/5': a day and month with no year, read in whichever order (day first, as most of the
    world writes it, or month first, as the US does) falls nearest before publication."""
    first, second = int(m["a"]), int(m["b"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        readings = [
            nearest_past(lambda y: safe_date(y, first, second), base),  # month first
            nearest_past(lambda y: safe_date(y, second, first), base),  # day first
        ]
        known = [d for d in readings if d is not None]
        return exact_day(min(known, key=lambda d: abs((base - d).days))) if known else None

    return resolve


def month_year(m: re.Match[str]) -> Resolver:
    """'March 2019': its middle day, at month precision."""
    year, month = int(m["year"]), month_number(m["month"])
    return lambda base: ResolvedDate(month_middle(year, month, base), "month")


def month_only(m: re.Match[str]) -> Resolver:
    """'in March': the most recent March not after publication, its middle day at month precision."""
    month = month_number(m["month"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        year = base.year if month <= base.month else base.year - 1
        return ResolvedDate(month_middle(year, month, base), "month")

    return resolve


def year_only(m: re.Match[str]) -> Resolver:
    """'in 2018', "2017's", 'a 2021 coup': year precision."""
    groups = m.groupdict()  # "2010" in "in 2005 and 2010", "2021" in "a 2021 coup"
    year = next(g for g in (groups.get("year"), groups.get("year2"), groups.get("year3")) if g)
    fixed = date(int(year), 1, 1)
    return lambda _base: ResolvedDate(fixed, "year")


def named_weekday(m: re.Match[str]) -> Resolver:
    """'Monday', 'on Monday night', 'last Friday': the most recent such day on or before publication."""
    weekday = WEEKDAYS[m["weekday"].lower()]
    skip_today = bool(m["last"])  # "last Tuesday" on a Tuesday is a week ago

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        back = (base.weekday() - weekday) % 7 or (7 if skip_today else 0)
        return exact_day(base - timedelta(days=back))

    return resolve


def holiday(m: re.Match[str]) -> Resolver:
    """'on Christmas Eve', 'Thanksgiving night': the holiday's most recent date before publication; 'New
    Year's Day 2012': that year's."""
    rule, year = holiday_rule(m), written_year(m)
    if year is not None:
        return lambda _base: exact_day(rule(year))
    return lambda base: exact_day(most_recent(rule, base)) if base else None


def shift(days: int) -> Builder:
    """A fixed number of days from the anchor, keeping day precision ('yesterday', 'the day before')."""

    def build(_m: re.Match[str]) -> Resolver:
        return lambda base: exact_day(base + timedelta(days=days)) if base else None

    return build


def counted(sign: int) -> Builder:
    """'three days ago', 'two weeks later': a counted shift in days, weeks, months or years."""

    def build(m: re.Match[str]) -> Resolver:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
        return lambda base: shift_period(base, m["unit"].lower(), sign * n) if base else None

    return build


def period(unit: str, n: int) -> Builder:
    """'last week', 'this month', 'earlier this year': the period's start, at the period's precision."""

    def build(_m: re.Match[str]) -> Resolver:
        return lambda base: shift_period(base, unit, n) if base else None

    return build


def weekend(_m: re.Match[str]) -> Resolver:
    """'the weekend', 'this weekend': the week holding the latest Saturday on or before publication (a
    report on a Thursday means the weekend just gone, not the coming one); in a report on a Saturday, that
    Saturday, the only day of the weekend gone by."""

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        if base.weekday() == SATURDAY:  # told on its Saturday, the weekend gone by is that day alone
            return exact_day(base)
        saturday = base - timedelta(days=(base.weekday() - SATURDAY) % 7)
        return shift_period(saturday, "week", 0)

    return resolve


def same(_m: re.Match[str]) -> Resolver:
    """'the same day', 'then', 'later': the anchor itself (its precision is kept by the caller)."""
    return lambda base: exact_day(base) if base else None
