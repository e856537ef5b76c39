"""Specs for what reads as a date but dates no event."""

from __future__ import annotations

import re

import pytest

from kronika.dates.expressions import find_expressions
from kronika.dates.not_dating import dateline_date, dates_something_else, named_birth_date, occasion

DATE = re.compile(r"(?:Nov\. 18, 2015|03/02/91)")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The suspect (DOB: ", True),
        ("She was born on ", True),
        ("Last updated: Friday, ", True),
        ("— Ann Lee (@annlee) ", True),
        ("Related stories ", True),
        ("UPDATE (", True),
        ("UPDATE #2 (", True),
        ("Update: ", True),
        ("Police said the shooting happened on ", False),
        ("Police gave an update on ", False),
        ("The opposition vowed to march every ", True),
        ("Vendors have met each ", True),
        ("Vendors will protest every other ", True),
        ("Vendors protested in front of each shop on ", False),
    ],
)
def test_the_words_before_a_date_can_make_it_date_something_else(before: str, expected: bool) -> None:
    assert dates_something_else(before) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MILL CREEK, Ind. (Nov. 18, 2015) — A man was shot.", True),
        ("A man was shot (Nov. 18, 2015) in the park.", False),
    ],
)
def test_a_date_alone_in_brackets_before_a_dash_is_a_filing_day(text: str, expected: bool) -> None:
    m = DATE.search(text)
    assert m is not None and dateline_date(text, m) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested Tom Reed (03/02/91) on Friday.", True),
        ("The hearing (set for 03/02/91) was moved.", False),
        ("Deputies were called Friday (03/02/91) to the farm.", False),
    ],
)
def test_a_numeric_date_in_brackets_after_a_name_is_a_birth_date(text: str, expected: bool) -> None:
    m = DATE.search(text)
    assert m is not None and named_birth_date(text, m) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("a barbecue to celebrate ", True), ("a picnic in honor of ", True), ("was shot on ", False)],
)
def test_a_holiday_honoured_is_an_occasion(before: str, expected: bool) -> None:
    assert occasion(before) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers face charges in the shooting at the mall, Nov. 18, 2015 (Lake County Jail)", True),
        ("Officers outside the store after the robbery, Nov. 18, 2015 (Courtesy Photo)", True),
        # a weekday in brackets glosses the day, and a bracketed aside is no credit
        ("The men were shot near the mall, Nov. 18, 2015 (Wednesday)", False),
        ("The men were shot near the mall, Nov. 18, 2015 (police said)", False),
        # no comma before it: the date is the sentence's own
        ("The men were shot on Nov. 18, 2015 (Lake County Jail)", False),
    ],
)
def test_a_caption_date_before_a_photo_credit_dates_the_photo(text: str, expected: bool) -> None:
    found = [e.text for e in find_expressions(text, 0)]
    assert (found == []) is expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an update's header dates the update written into the story, not the incident
        ("UPDATE (1/4/18): A nurse said the boy shot on Saturday can go home soon.", ["on Saturday"]),
        ("UPDATE #1 (02/11/2019): Deputies named the two men killed in the crash.", []),
        ("Update: Tuesday, March 5, 2019 - Deputies named the man.", []),
        # a date the story tells after the word is still the incident's
        ("Police gave an update on March 5, 2019 about the shooting.", ["March 5, 2019"]),
    ],
)
def test_an_update_header_dates_the_update_not_the_incident(text: str, expected: list[str]) -> None:
    assert [e.text for e in find_expressions(text, 0)] == expected
