"""A holiday's bare name ('Thanksgiving night') names the same day as its full name ('Thanksgiving Day')."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dates.holidays import BARE_NAMES, HOLIDAY, holiday_rule


@pytest.mark.parametrize(
    ("bare", "full", "day_in_2018"),
    [
        ("thanksgiving", "Thanksgiving Day", date(2018, 11, 22)),
        ("christmas", "Christmas Day", date(2018, 12, 25)),
        ("easter", "Easter Sunday", date(2018, 4, 1)),
    ],
)
def test_a_bare_holiday_name_names_the_full_names_day(bare: str, full: str, day_in_2018: date) -> None:
    match = HOLIDAY.search(f"A man was shot on {full}.")
    assert match is not None
    assert holiday_rule(match)(2018) == day_in_2018
    assert BARE_NAMES[bare](2018) == day_in_2018


@pytest.mark.parametrize(
    ("text", "day_in_2018"),
    [
        ("Two men were wounded Thanksgiving night.", date(2018, 11, 22)),
        ("A woman was robbed Christmas morning.", date(2018, 12, 25)),
        ("Shots were fired Easter evening.", date(2018, 4, 1)),
    ],
)
def test_a_bare_name_before_a_part_of_the_day_reads_as_the_holiday(text: str, day_in_2018: date) -> None:
    match = HOLIDAY.search(text)
    assert match is not None
    assert holiday_rule(match)(2018) == day_in_2018
