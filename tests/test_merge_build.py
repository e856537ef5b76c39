"""Specs for building one Event from a cluster: the chosen date and place, tolls and confidence."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dedup.build import combine_confidence, lowest_report, pick_date, pick_place
from kronika.model import Casualties, EventDate, Place

SPRINGFIELD = Place("Springfield", "USA", "Illinois", 39.80, -89.64, "city")
PEORIA = Place("Peoria", "USA", "Illinois", 40.69, -89.59, "city")
ILLINOIS = Place("Illinois", "USA", "Illinois", 40.0, -89.0, "admin1")
SANGAMON = Place("Sangamon County", "USA", "Illinois", 39.76, -89.66, "admin1")
USA = Place("United States", "USA", None, 39.8, -98.6, "country")

MONDAY = EventDate(date(2021, 3, 1), "day", "Monday")
TUESDAY = EventDate(date(2021, 3, 2), "day", "Tuesday")
MARCH = EventDate(date(2021, 3, 1), "month", "in March")
UNDATED = EventDate(None, None, "unknown")


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ([None, None], None),
        ([USA, ILLINOIS, SPRINGFIELD], SPRINGFIELD),  # the most precise
        ([PEORIA, SPRINGFIELD, SPRINGFIELD], SPRINGFIELD),  # then the one most mentions give
        ([PEORIA, SPRINGFIELD], PEORIA),  # then the earliest
        ([None, ILLINOIS], ILLINOIS),
        ([ILLINOIS, SANGAMON, ILLINOIS], SANGAMON),  # a county is more precise than its state
        ([SANGAMON, SPRINGFIELD], SPRINGFIELD),  # and less than a town
    ],
)
def test_the_event_takes_the_most_precise_then_commonest_place(
    places: list[Place | None], expected: Place | None
) -> None:
    assert pick_place(places) == expected


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([UNDATED, MARCH, MONDAY], MONDAY),  # a day beats a month
        ([TUESDAY, MONDAY], MONDAY),  # equals: the earliest (a night's start)
        ([MONDAY, TUESDAY, TUESDAY], TUESDAY),  # the day most mentions give
        ([UNDATED], UNDATED),
    ],
)
def test_the_event_takes_the_most_precise_then_commonest_date(
    dates: list[EventDate], expected: EventDate
) -> None:
    assert pick_date(dates) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [([0.5, 0.5], 0.75), ([0.9, 0.9, 0.9], 0.99), ([], 0.0), ([1.5], 0.99)],
)
def test_independent_reports_reinforce_each_other_below_certainty(
    values: list[float], expected: float
) -> None:
    assert combine_confidence(values) == expected


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([Casualties(3, None), Casualties(2, 5), Casualties(None, 4)], Casualties(2, 5)),
        ([Casualties(2, 5), Casualties(2, 3)], Casualties(2, 3)),
        ([Casualties(1, None), Casualties(None, 1)], Casualties(1, None)),  # the wounded man died
        ([Casualties(None, 6), Casualties(None, 4)], Casualties(None, 4)),
        ([Casualties(), Casualties()], Casualties()),
    ],
)
def test_across_reports_the_lowest_toll_counts_with_its_own_reports_hurt(
    reports: list[Casualties], expected: Casualties
) -> None:
    assert lowest_report(reports) == expected


@pytest.mark.parametrize(
    ("places", "named", "expected"),
    [
        # four sentences placed by the dateline do not outvote the one that names the town
        ([SPRINGFIELD, PEORIA, SPRINGFIELD, SPRINGFIELD], [False, True, False, False], PEORIA),
        ([SPRINGFIELD, PEORIA, SPRINGFIELD], [True, True, False], SPRINGFIELD),
        ([ILLINOIS, SPRINGFIELD], [True, False], SPRINGFIELD),  # precision still comes first
    ],
)
def test_a_place_its_own_sentence_names_beats_borrowed_ones(
    places: list[Place | None], named: list[bool], expected: Place
) -> None:
    assert pick_place(places, named) == expected
