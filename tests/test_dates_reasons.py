"""What a date's reason tells of where it came from: a day counted from publication by the event's own
sentence, a day written out, or a day borrowed from another sentence."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule

from kronika.dates import counted_by_itself, dated_by_itself
from kronika.model import EventDate


@pytest.mark.parametrize(
    ("reason", "counted", "own"),
    [
        *rule(
            "a weekday of the event's own sentence is counted from publication",
            ("'Sunday evening' relative to publication 2019-03-13", True, True),
        ),
        *rule(
            "a day written out is the sentence's own but not counted",
            ("'June 5, 2014' stated in the text", False, True),
        ),
        *rule(
            "a day borrowed from another sentence is neither",
            ("'Monday' relative to publication 2019-03-13, in the nearest sentence", False, False),
        ),
    ],
)  # fmt: skip
def test_where_a_date_came_from(reason: str, counted: bool, own: bool) -> None:
    event_date = EventDate(date(2019, 3, 10), "day", reason)
    assert (counted_by_itself(event_date), dated_by_itself(event_date)) == (counted, own)
