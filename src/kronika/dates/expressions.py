"""Time expressions in a sentence, each turned into a date relative to publication or the previous event."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kronika.dates.holidays import HOLIDAY, holiday_rule, most_recent, written_year
from kronika.dates.not_dating import (
    dateline_date,
    dates_something_else,
    named_birth_date,
    occasion,
    posted_by,
)
from kronika.dates.ranges import DAY_FIRST_RANGE, MONTH_FIRST_RANGE, range_start
from kronika.model import DatePrecision

Anchor = Literal["absolute", "published", "previous"]

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

MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:r?uary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# a month alone, with nothing to say it is one: its full name or a dotted abbreviation ("Jan" without a
# dot is as often a name, "San Jan County"; "May" and "March" are as often verbs); April, June and August
# before a capitalised word are a given name ("her neighbour April Hill heard it")
_NAMED_MONTH = (
    r"(?P<month>January|Febr?uary|(?:April|June|August)(?!\s+[A-Z][a-z])|July|September|October|November"
    r"|December|(?:Jan|Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?P<unit>day|week|month|year)s?"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a sentence; offsets are into the article text."""

    start: int
    end: int
    text: str
    anchor: Anchor  # what it is relative to
    resolver: Callable[[date | None], ResolvedDate | None]


@dataclass(frozen=True)
class ResolvedDate:
    """A date with its precision, before it becomes an EventDate with a reason."""

    value: date
    precision: DatePrecision


@dataclass(frozen=True)
class _Pattern:
    """One regular expression and how its match becomes a date."""

    regex: re.Pattern[str]
    anchor: Anchor
    build: Callable[[re.Match[str]], Callable[[date | None], ResolvedDate | None]]


def _day(value: date) -> ResolvedDate:
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


def _nearest_past(candidate: Callable[[int], date | None], base: date) -> date | None:
    """The candidate date in the base year, or the year before when that would be well after publication."""
    this_year = candidate(base.year)
    if this_year is None or this_year <= base + timedelta(days=7):  # a few days ahead: a scheduled event
        return this_year
    return candidate(base.year - 1)


def _explicit_day(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'5 October 2020', 'Oct. 5', 'October 5th, 2020': year: the one nearest before publication."""
    month, day = month_number(m["month"]), int(m["day"])
    if m["year"]:
        fixed = safe_date(int(m["year"]), month, day)
        return lambda _base: _day(fixed) if fixed else None

    weekday = m.groupdict().get("weekday")

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        found = _nearest_past(lambda y: safe_date(y, month, day), base)
        if found is not None and weekday is not None:
            found = weekday_year(found, WEEKDAYS[weekday.lower()])
        return _day(found) if found else None

    return resolve


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


def _range(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'6-7 August', 'from Jan 21 to Jan 27, 2020': coders date an event told over a range of days by the
    range's first day (ACLED's notes split such events by day, the first one most often)."""
    month = month_number(m["month"] or m["end_month"])
    end_month = month_number(m["end_month"] or m["month"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if m["year"]:
            found = range_start(m, month, end_month)
        else:
            found = _nearest_past(lambda y: safe_date(y, month, int(m["day"])), base) if base else None
        return _day(found) if found else None

    return resolve


def _iso(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'2020-10-05'."""
    fixed = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return lambda _base: _day(fixed) if fixed else None


def _slashed(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'10/05/2020': month first (US style), day first when the first number cannot be a month."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])

    def resolve(base: date | None) -> ResolvedDate | None:
        # "09/01/94" is 1994 when 2094 would lie after publication
        full = year if year >= 100 else 2000 + year
        if year < 100 and base is not None and full > base.year:
            full -= 100
        fixed = safe_date(full, first, second) if first <= 12 else safe_date(full, second, first)
        return _day(fixed) if fixed else None

    return resolve


def _yearless_slashed(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'on 20/03', 'on 10/5': a day and month with no year, read in whichever order (day first, as most of the
    world writes it, or month first, as the US does) falls nearest before publication."""
    first, second = int(m["a"]), int(m["b"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        readings = [
            _nearest_past(lambda y: safe_date(y, first, second), base),  # month first
            _nearest_past(lambda y: safe_date(y, second, first), base),  # day first
        ]
        known = [d for d in readings if d is not None]
        return _day(min(known, key=lambda d: abs((base - d).days))) if known else None

    return resolve


def _month_year(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'March 2019': its middle day, at month precision."""
    fixed = date(int(m["year"]), month_number(m["month"]), MID_MONTH)
    return lambda _base: ResolvedDate(fixed, "month")


def _month_only(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'in March': the most recent March not after publication, its middle day at month precision."""
    month = month_number(m["month"])

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        year = base.year if month <= base.month else base.year - 1
        return ResolvedDate(date(year, month, MID_MONTH), "month")

    return resolve


def _year(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'in 2018', "2017's": year precision."""
    fixed = date(int(m["year"] or m.groupdict()["year2"]), 1, 1)  # "2010" in "in 2005 and 2010"
    return lambda _base: ResolvedDate(fixed, "year")


def _weekday(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'Monday', 'on Monday night', 'last Friday': the most recent such day on or before publication."""
    weekday = WEEKDAYS[m["weekday"].lower()]
    skip_today = bool(m["last"])  # "last Tuesday" on a Tuesday is a week ago

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        back = (base.weekday() - weekday) % 7 or (7 if skip_today else 0)
        return _day(base - timedelta(days=back))

    return resolve


def _holiday(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'on Christmas Eve', 'Thanksgiving night': the holiday's most recent date before publication; 'New
    Year's Day 2012': that year's."""
    rule, year = holiday_rule(m), written_year(m)
    if year is not None:
        return lambda _base: _day(rule(year))
    return lambda base: _day(most_recent(rule, base)) if base else None


def _shift(days: int) -> Callable[[re.Match[str]], Callable[[date | None], ResolvedDate | None]]:
    """A fixed number of days from the anchor, keeping day precision ('yesterday', 'the day before')."""

    def build(_m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
        return lambda base: _day(base + timedelta(days=days)) if base else None

    return build


def _counted(sign: int) -> Callable[[re.Match[str]], Callable[[date | None], ResolvedDate | None]]:
    """'three days ago', 'two weeks later': a counted shift in days, weeks, months or years."""

    def build(m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
        return lambda base: shift_period(base, m["unit"].lower(), sign * n) if base else None

    return build


def shift_period(base: date, unit: str, n: int) -> ResolvedDate:
    """Move a date by n units; the precision is the unit's (a week starts on Monday, a month is dated to its
    middle day)."""
    if unit == "day":
        return _day(base + timedelta(days=n))
    if unit == "week":
        moved = base + timedelta(weeks=n)
        return ResolvedDate(moved - timedelta(days=moved.weekday()), "week")
    if unit == "month":
        index = base.year * 12 + base.month - 1 + n
        return ResolvedDate(date(index // 12, index % 12 + 1, MID_MONTH), "month")
    return ResolvedDate(date(base.year + n, 1, 1), "year")


def _period(unit: str, n: int) -> Callable[[re.Match[str]], Callable[[date | None], ResolvedDate | None]]:
    """'last week', 'this month', 'earlier this year': the period's start, at the period's precision."""

    def build(_m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
        return lambda base: shift_period(base, unit, n) if base else None

    return build


def _weekend(_m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'the weekend', 'this weekend': the week holding the latest Saturday on or before publication (a
    report on a Thursday means the weekend just gone, not the coming one); in a report on a Saturday, that
    Saturday, the only day of the weekend gone by."""

    def resolve(base: date | None) -> ResolvedDate | None:
        if base is None:
            return None
        if base.weekday() == SATURDAY:  # told on its Saturday, the weekend gone by is that day alone
            return _day(base)
        saturday = base - timedelta(days=(base.weekday() - SATURDAY) % 7)
        return shift_period(saturday, "week", 0)

    return resolve


def _same(_m: re.Match[str]) -> Callable[[date | None], ResolvedDate | None]:
    """'the same day', 'then', 'later': the anchor itself (its precision is kept by the caller)."""
    return lambda base: _day(base) if base else None


Builder = Callable[[re.Match[str]], Callable[[date | None], "ResolvedDate | None"]]


def _p(pattern: str, anchor: Anchor, build: Builder, flags: int = re.IGNORECASE) -> _Pattern:
    """A compiled pattern with word boundaries on both ends."""
    return _Pattern(re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags), anchor, build)


_DAY_MONTH = rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?(?:\s+(?P<year>\d{{4}}))?"
# "May 12", and a dotted abbreviation run into its day, as older notes write it: "Feb.28", "Sept.3" (never a
# whole name ending a sentence: "in May.2 people died")
_RUN_IN = r"(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)|(?<=Sept\.)"
_MONTH_DAY = rf"{MONTH}(?:\s+|{_RUN_IN})(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<year>\d{{4}}))?"
_DATED_WEEKDAY = rf"(?:(?i:on|early|late)\s+)?{_WEEKDAY}{_DAYPART},?\s+"

WEEKDAY_EXPRESSION = (
    rf"(?P<last>last\s+|this\s+past\s+)?(?:(?:on|early|late)\s+)?{_WEEKDAY}(?:'s|’s)?{_DAYPART}"
)
_WEEKDAY_ONLY = re.compile(WEEKDAY_EXPRESSION)


def weekday_of(expression: TimeExpression) -> int | None:
    """The weekday (Monday 0) an expression such as 'late Friday night' names, None for any other kind."""
    m = _WEEKDAY_ONLY.fullmatch(expression.text)
    return WEEKDAYS[m["weekday"].lower()] if m and expression.anchor == "published" else None


# Longer patterns first: an expression found by an earlier pattern hides the overlapping later ones.
PATTERNS: tuple[_Pattern, ...] = (
    _p(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", "absolute", _iso),
    _p(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})", "absolute", _slashed),
    # with no year, only after a word that sets a date ("on 20/03", "(14/02)"): "24/7" and "3/4" are no dates
    _p(
        r"(?:(?i:on|of|dated)\s+|(?<=\())(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![/\d])",
        "absolute",
        _yearless_slashed,
    ),
    # "Sunday, July 17": a weekday set before its full date is that date, however long ago it fell
    _p(rf"{_DATED_WEEKDAY}{_MONTH_DAY}", "absolute", _explicit_day, 0),
    _p(rf"{_DATED_WEEKDAY}{_DAY_MONTH}", "absolute", _explicit_day, 0),
    _p(HOLIDAY.pattern, "published", _holiday),  # before months: "the Fourth of July" is not "of July"
    _p(DAY_FIRST_RANGE, "absolute", _range, 0),
    _p(MONTH_FIRST_RANGE, "absolute", _range, 0),
    # "On 14 May 2021, overnight,": the night of the day stated, not the night before the report
    _p(rf"{_DAY_MONTH},?\s+(?i:over\s?night)", "absolute", _explicit_day, 0),
    _p(rf"{_MONTH_DAY},?\s+(?i:over\s?night)", "absolute", _explicit_day, 0),
    _p(_DAY_MONTH, "absolute", _explicit_day, 0),
    _p(_MONTH_DAY, "absolute", _explicit_day, 0),
    _p(rf"{MONTH},?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})", "absolute", _month_year, 0),
    # "missing since May" bounds a state, like "since 2010": it dates no event
    _p(rf"(?:(?i:in|during|until|by|of|early|late|mid-|last)\s+){MONTH}", "published", _month_only, 0),
    _p(rf"(?<![Ss]ince ){_NAMED_MONTH}", "published", _month_only, 0),
    _p(
        r"(?:the\s+)?(?:day|night)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|evening)"
        r"|(?:a|one|the)\s+day\s+(?:earlier|before)",
        "previous",
        _shift(-1),
    ),
    _p(
        r"the\s+(?:next|following)\s+(?:day|morning|night|evening)|(?:a|one|the)\s+day\s+(?:later|after)"
        r"|the\s+day\s+after",
        "previous",
        _shift(1),
    ),
    _p(rf"{_COUNT}\s+{_UNIT}\s+(?:later|after(?:wards)?)", "previous", _counted(1)),
    _p(rf"{_COUNT}\s+{_UNIT}\s+(?:earlier|before)", "previous", _counted(-1)),
    _p(rf"{_COUNT}\s+{_UNIT}\s+ago", "published", _counted(-1)),
    _p(
        r"(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)"
        r"|(?:on\s+)?the\s+same\s+(?:day|night|evening|morning|afternoon)"
        r"|(?:(?<!since )(?<!until )(?<!till )(?<!by )(?<!than )(?<!the )then)|later"
        r"|(?:shortly\s+)?(?:afterwards|thereafter)|subsequently",
        "previous",
        _same,
    ),
    # "overnight" (or "over night") in a same-day report: incidents are logged by the small hours after
    # midnight
    _p(
        r"today|tonight|over\s?night|this\s+(?:morning|afternoon|evening)|earlier\s+today",
        "published",
        _shift(0),
    ),
    _p(r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night", "published", _shift(-1)),
    _p(WEEKDAY_EXPRESSION, "published", _weekday, 0),
    _p(r"last\s+week(?:end)?|the\s+previous\s+week", "published", _period("week", -1)),
    _p(r"(?:earlier\s+)?this\s+week", "published", _period("week", 0)),
    _p(r"(?:this|the)\s+(?:past\s+)?weekend", "published", _weekend),
    _p(r"last\s+month|the\s+previous\s+month", "published", _period("month", -1)),
    _p(r"(?:earlier\s+)?this\s+month", "published", _period("month", 0)),
    _p(r"last\s+year|the\s+previous\s+year", "published", _period("year", -1)),
    _p(r"(?:earlier\s+)?this\s+year", "published", _period("year", 0)),
    _p(r"(?P<year>(?:19|20)\d{2})(?:'s|’s)", "absolute", _year),
    _p(
        # "since 2010", "by 2030" bound a period and date no event
        r"(?:(?:in|during|of|early|late|mid-)\s+)(?P<year>(?:19|20)\d{2})(?!\s*(?:people|%))"
        r"|(?<=\band )(?P<year2>(?:19|20)\d{2})",
        "absolute",
        _year,
    ),
)


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
            or (pattern.build in (_slashed, _yearless_slashed) and named_birth_date(text, m))
            or _weekday_disagrees(m)
        ):
            continue
        taken.append((m.start(), m.end()))
        # its words stay taken: "the Fourth of July" holds no "of July", "(Nov. 18, 2015) —" no "Nov. 18"
        if (pattern.build is _holiday and occasion(before)) or dateline_date(text, m):
            continue
        found.append(
            TimeExpression(offset + m.start(), offset + m.end(), m.group(0), pattern.anchor, pattern.build(m))
        )
    return tuple(e for e in sorted(found, key=lambda e: e.start) if not _gloss(e, found, text, offset))


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


def _weekday_disagrees(m: re.Match[str]) -> bool:
    """A weekday set before a full date with its year that fell on another weekday ('Saturday, Dec. 13,
    2016', a Tuesday): one of the two is a slip, so they are read apart, each as if written alone."""
    groups = m.re.groupindex
    if "weekday" not in groups or "year" not in groups or not m["weekday"] or not m["year"]:
        return False
    day = safe_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return day is not None and day.weekday() != WEEKDAYS[m["weekday"].lower()]


def _all_matches(text: str) -> Iterator[tuple[_Pattern, re.Match[str]]]:
    """Each pattern's matches, in pattern priority order."""
    for pattern in PATTERNS:
        for m in pattern.regex.finditer(text):
            yield pattern, m


# "three days after he was shot": the span from the event after 'after' to the sentence's dated one
COUNTED_AFTER = re.compile(rf"^{_COUNT}\s+{_UNIT}\s+after$", re.IGNORECASE)
