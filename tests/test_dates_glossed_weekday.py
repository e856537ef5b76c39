"""Specs for a weekday glossed by the date in brackets right after it: the date names the day."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.expressions import find_expressions

PUBLISHED = date(2015, 7, 1)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figures and the weekday disagree (6/30 was a Tuesday): the written date is kept
        ("Monday (6/30) evening deputies were called to a farm near Hartville.", [date(2015, 6, 30)]),
        ("A boy was hurt on Friday (June 26) at a pond.", [date(2015, 6, 26)]),
        # no gloss: the weekday still counts back from the report
        ("A boy was hurt on Friday at a pond.", [date(2015, 6, 26)]),
        ("Deputies were called Monday and found (in the barn) a rifle.", [date(2015, 6, 29)]),
    ],
)
def test_a_weekday_glossed_by_a_bracketed_date_is_that_date(text: str, expected: list[date]) -> None:
    found = find_expressions(text, 0)
    days = [resolved.value for e in found if (resolved := e.resolver(PUBLISHED)) is not None]
    assert days == expected
