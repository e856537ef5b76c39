"""A month reckoned from a stale publication day gives way to the day the article writes out for its incident
before that month; a written day after it, a week, a month written with its year and an act that is no
incident keep the period."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# Published Tuesday 6 October 2020 (dating.PUBLISHED): 'last month' is September 2020.
WRITTEN_DAY_BEFORE = [
    (
        "Police released new details about last month's killing of three brothers in Elmwood.\n\n"
        "The brothers were shot and killed inside their home on Aug. 12.",
        "killing",
        "ASSAULT",
        ("2020-08-12", "day"),
    ),
    (
        "Prosecutors charged a neighbour over the shooting of a cashier last month.\n\n"
        "The cashier was shot in the arm on July 30 outside the store.",
        "shooting",
        "ASSAULT",
        ("2020-07-30", "day"),
    ),
]

PERIOD_KEPT = [
    # a day after the month began is some later act's, not the incident's
    (
        "A guard was shot last month at the depot.\n\nAnother man was shot and killed on Oct. 2 nearby.",
        "shot",
        "ASSAULT",
        ("2020-09-15", "month"),
    ),
    # a week is short: the day written before it is as often another incident's
    (
        "A clerk was wounded last week.\n\nA woman was shot on Sept. 3 at the depot.",
        "wounded",
        "ASSAULT",
        ("2020-09-28", "week"),
    ),
    # a month written with its year is no reckoning from the publication day
    (
        "A guard was shot in September 2020 at the depot.\n\nA man was shot and killed on Aug. 12 nearby.",
        "shot",
        "ASSAULT",
        ("2020-09-15", "month"),
    ),
    # only an incident takes its written day: a rally last month is not the shooting before it
    (
        "Hundreds rallied last month in Elmwood.\n\nA teenager was shot and killed there on Aug. 12.",
        "rallied",
        "PROTEST",
        ("2020-09-15", "month"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "plover", "expected"), WRITTEN_DAY_BEFORE + PERIOD_KEPT)
def test_a_stale_month_gives_way_to_the_incident_day_written_before_it(
    nlp: Language, text: str, trigger: str, plover: str, expected: tuple[str, str]
) -> None:
    result = resolve(nlp, text, trigger, plover=plover)
    assert (result.value, result.precision) == (date.fromisoformat(expected[0]), expected[1])
