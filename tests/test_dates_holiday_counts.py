"""A count of days after or before a named holiday names the day counted from that holiday."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.expressions import find_expressions

PUBLISHED = date(2019, 1, 30)  # Thanksgiving 2018 fell on Nov. 22, Easter 2018 on April 1


def _read(text: str) -> list[tuple[str, date | None]]:
    """Each expression of `text` with the day it gives against PUBLISHED."""
    found = []
    for expression in find_expressions(text, 0):
        resolved = expression.resolver(PUBLISHED)
        found.append((expression.text, resolved.value if resolved is not None else None))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunfire broke out around 2 a.m., two days after Thanksgiving.",
            [("two days after Thanksgiving", date(2018, 11, 24))],
        ),
        ("A boy was wounded the day after Christmas.", [("the day after Christmas", date(2018, 12, 26))]),
        (
            "He was killed at a cookout the night before the Fourth of July.",
            [("the night before the Fourth of July", date(2018, 7, 3))],
        ),
        ("She was shot three days before Easter.", [("three days before Easter", date(2018, 3, 29))]),
        ("A man was robbed a day after Memorial Day.", [("a day after Memorial Day", date(2018, 5, 29))]),
        (
            "Two men fought the day after Christmas Eve.",
            [("the day after Christmas Eve", date(2018, 12, 25))],
        ),
    ],
)
def test_a_count_from_a_holiday_names_its_day(text: str, expected: list[tuple[str, date | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a span of days, not one of them
        "Police made six arrests in the two days after Thanksgiving.",
        # a season's break is no holiday's day
        "The boys were shot two days before Christmas break.",
    ],
)
def test_no_day_counted_from_a_holiday(text: str) -> None:
    assert all("Thanksgiving" not in t and "Christmas" not in t for t, _ in _read(text))
