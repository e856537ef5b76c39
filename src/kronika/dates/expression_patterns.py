"""The regular expressions that find time expressions, in priority order, each with its anchor and reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kronika.dates import expression_dates as dated
from kronika.dates.expression_dates import Builder
from kronika.dates.holiday_counts import COUNTED_FROM_HOLIDAY, counted_from_holiday
from kronika.dates.holidays import HOLIDAY
from kronika.dates.ranges import DAY_FIRST_RANGE, MONTH_FIRST_RANGE

Anchor = Literal["absolute", "published", "previous"]

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
# the words that count from the day they are written or said on: that day ("overnight" in a same-day report:
# incidents are logged by the small hours after midnight) and the day before it
SAME_DAY_WORDS = r"today|tonight|over\s?night|this\s+(?:morning|afternoon|evening)|earlier\s+today"
DAY_BEFORE_WORDS = r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night"
# events a year before them names ("a 2021 coup", "the 2018 elections")
_YEARED_EVENT = (
    r"(?:coup|elections?|vote|polls|referendum|war|uprising|revolution|invasion|attacks?|bombings?|shooting"
    r"|massacre|protests|riots|crackdown|offensive|ceasefire|truce|agreement|deal|accord|earthquake|floods?"
    r"|takeover|killings?|murders?)\b"
)
_COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?P<unit>day|week|month|year)s?"


@dataclass(frozen=True)
class Pattern:
    """One regular expression and how its match becomes a date."""

    regex: re.Pattern[str]
    anchor: Anchor
    build: Builder


def _p(pattern: str, anchor: Anchor, build: Builder, flags: int = re.IGNORECASE) -> Pattern:
    """A compiled pattern with word boundaries on both ends."""
    return Pattern(re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags), anchor, build)


_DAY_MONTH = rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?(?:\s+(?P<year>\d{{4}}))?"
# "May 12", and a dotted abbreviation run into its day, as older notes write it: "Feb.28", "Sept.3" (never a
# whole name ending a sentence: "in May.2 people died")
_RUN_IN = r"(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)|(?<=Sept\.)"
_MONTH_DAY = rf"{MONTH}(?:\s+|{_RUN_IN})(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<year>\d{{4}}))?"
_DATED_WEEKDAY = rf"(?:(?i:on|early|late)\s+)?{_WEEKDAY}{_DAYPART},?\s+"

WEEKDAY_EXPRESSION = (
    rf"(?P<last>last\s+|this\s+past\s+)?(?:(?:on|early|late)\s+)?{_WEEKDAY}(?:'s|’s)?{_DAYPART}"
)

# Longer patterns first: an expression found by an earlier pattern hides the overlapping later ones.
PATTERNS: tuple[Pattern, ...] = (
    _p(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", "absolute", dated.iso),
    _p(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})", "absolute", dated.slashed),
    # with no year, only after a word that sets a date ("on 20/03", "(14/02)"): "24/7" and "3/4" are no dates
    _p(
        r"(?:(?i:on|of|dated)\s+|(?<=\())(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![/\d])",
        "absolute",
        dated.yearless_slashed,
    ),
    # "Sunday, July 17": a weekday set before its full date is that date, however long ago it fell
    _p(rf"{_DATED_WEEKDAY}{_MONTH_DAY}", "absolute", dated.explicit_day, 0),
    _p(rf"{_DATED_WEEKDAY}{_DAY_MONTH}", "absolute", dated.explicit_day, 0),
    # before a holiday and the counts of days: "two days after Thanksgiving" counts from the holiday
    _p(COUNTED_FROM_HOLIDAY, "published", counted_from_holiday),
    _p(HOLIDAY.pattern, "published", dated.holiday),  # before months: "the Fourth of July" is not "of July"
    _p(DAY_FIRST_RANGE, "absolute", dated.date_range, 0),
    _p(MONTH_FIRST_RANGE, "absolute", dated.date_range, 0),
    # "On 14 May 2021, overnight,": the night of the day stated, not the night before the report
    _p(rf"{_DAY_MONTH},?\s+(?i:over\s?night)", "absolute", dated.explicit_day, 0),
    _p(rf"{_MONTH_DAY},?\s+(?i:over\s?night)", "absolute", dated.explicit_day, 0),
    _p(_DAY_MONTH, "absolute", dated.explicit_day, 0),
    _p(_MONTH_DAY, "absolute", dated.explicit_day, 0),
    _p(rf"{MONTH},?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})", "absolute", dated.month_year, 0),
    # "missing since May" bounds a state, like "since 2010": it dates no event
    _p(rf"(?:(?i:in|during|until|by|of|early|late|mid-|last)\s+){MONTH}", "published", dated.month_only, 0),
    # "since August, when the government declared an emergency": the clause after it tells what happened then
    _p(rf"(?<=[Ss]ince ){MONTH}(?=,?\s+when\b)", "published", dated.month_only, 0),
    _p(r"(?<=[Ss]ince )(?P<year>(?:19|20)\d{2})(?=,?\s+when\b)", "absolute", dated.year_only),
    _p(rf"(?<![Ss]ince ){_NAMED_MONTH}", "published", dated.month_only, 0),
    _p(
        r"(?:the\s+)?(?:day|night)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|evening)"
        r"|(?:a|one|the)\s+day\s+(?:earlier|before)",
        "previous",
        dated.shift(-1),
    ),
    _p(
        r"the\s+(?:next|following)\s+(?:day|morning|night|evening)|(?:a|one|the)\s+day\s+(?:later|after)"
        r"|the\s+day\s+after",
        "previous",
        dated.shift(1),
    ),
    _p(rf"{_COUNT}\s+{_UNIT}\s+(?:later|after(?:wards)?)", "previous", dated.counted(1)),
    _p(rf"{_COUNT}\s+{_UNIT}\s+(?:earlier|before)", "previous", dated.counted(-1)),
    _p(rf"{_COUNT}\s+{_UNIT}\s+ago", "published", dated.counted(-1)),
    _p(
        r"(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)"
        r"|(?:on\s+)?the\s+same\s+(?:day|night|evening|morning|afternoon)"
        r"|(?:(?<!since )(?<!until )(?<!till )(?<!by )(?<!than )(?<!the )then)|later"
        r"|(?:shortly\s+)?(?:afterwards|thereafter)|subsequently",
        "previous",
        dated.same,
    ),
    _p(SAME_DAY_WORDS, "published", dated.shift(0)),
    _p(DAY_BEFORE_WORDS, "published", dated.shift(-1)),
    _p(WEEKDAY_EXPRESSION, "published", dated.named_weekday, 0),
    _p(r"last\s+week(?:end)?|the\s+previous\s+week", "published", dated.period("week", -1)),
    _p(r"(?:earlier\s+)?this\s+week", "published", dated.period("week", 0)),
    # 'the holiday weekend', 'the long weekend': the weekend just gone, a holiday's Monday with it
    _p(r"(?:this|the)\s+(?:past\s+)?(?:(?:holiday|long)\s+)?weekend", "published", dated.weekend),
    _p(r"last\s+month|the\s+previous\s+month", "published", dated.period("month", -1)),
    _p(r"(?:earlier\s+)?this\s+month", "published", dated.period("month", 0)),
    _p(r"last\s+year|the\s+previous\s+year", "published", dated.period("year", -1)),
    _p(r"(?:earlier\s+)?this\s+year", "published", dated.period("year", 0)),
    _p(r"(?P<year>(?:19|20)\d{2})(?:'s|’s)", "absolute", dated.year_only),
    _p(
        # "since 2010", "by 2030" bound a period and date no event
        r"(?:(?:in|during|of|early|late|mid-)\s+)(?P<year>(?:19|20)\d{2})(?!\s*(?:people|%))"
        r"|(?<=\band )(?P<year2>(?:19|20)\d{2})"
        # "who seized power in a 2021 coup", "the 2015 shooting": a year naming a past event it stands before
        r"|(?:(?<=\ba )|(?<=\bthe )|(?<=\bits )|(?<=\btheir ))"
        rf"(?P<year3>(?:19|20)\d{{2}})(?=\s+{_YEARED_EVENT})",
        "absolute",
        dated.year_only,
    ),
)

# "three days after he was shot": the span from the event after 'after' to the sentence's dated one
COUNTED_AFTER = re.compile(rf"^{_COUNT}\s+{_UNIT}\s+after$", re.IGNORECASE)
