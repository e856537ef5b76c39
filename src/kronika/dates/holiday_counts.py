"""Days counted from a named holiday ('two days after Thanksgiving', 'the night before the Fourth of July').

A count of days after or before a holiday names one day, reckoned from the holiday as the holiday alone
is (its most recent occurrence not well after publication), not from an earlier event of the text, as
'two days after' alone would be. After 'after' or 'before', a bare 'Christmas', 'Thanksgiving' or
'Easter' names the day itself, as 'on Christmas' does. 'In the two days after Thanksgiving' spans those
days and names none of them, so a count after 'the' is left alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kronika.dates.calendar_math import NUMBER_WORDS, ResolvedDate, exact_day
from kronika.dates.expression_dates import Resolver
from kronika.dates.holidays import BARE_NAMES, HOLIDAYS, Rule, most_recent

_NAMES = "|".join(
    [r"(?:christmas|thanksgiving)(?:\s+day)?", r"easter(?:\s+sunday)?", *(p for p, _ in HOLIDAYS)]
)
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"

COUNTED_FROM_HOLIDAY = (
    rf"(?:(?<!the\s){_COUNT}\s+days?|the\s+(?:day|night|morning|afternoon|evening))\s+"
    rf"(?P<side>after|before)\s+(?:the\s+)?(?P<holiday>{_NAMES})"
    # 'the day after Christmas Eve' names the 25th, and 'before Christmas break' no day at all
    r"(?![\w'’])(?!\s+(?:eve|weekend|holidays?|season|break|week|party|parties))"
)


def _rule(name: str) -> Rule | None:
    """The rule of the holiday a matched name stands for."""
    folded = " ".join(name.lower().split())
    first = folded.split()[0]
    if first in BARE_NAMES and not folded.endswith(" eve"):  # a bare name after 'after' or 'before'
        return BARE_NAMES[first]
    return next((rule for pattern, rule in HOLIDAYS if re.fullmatch(pattern, folded, re.IGNORECASE)), None)


def counted_from_holiday(m: re.Match[str]) -> Resolver:
    """'two days after Thanksgiving': the holiday's most recent date before the base, moved by the count
    ('the day', 'the night': one) in the direction told."""
    rule = _rule(m["holiday"])
    n = m["n"]
    count = 1 if n is None else int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
    days = count if m["side"].lower() == "after" else -count

    def resolve(base: date | None) -> ResolvedDate | None:
        """The counted day, from the holiday's occurrence nearest before `base`."""
        if base is None or rule is None:
            return None
        return exact_day(most_recent(rule, base) + timedelta(days=days))

    return resolve
