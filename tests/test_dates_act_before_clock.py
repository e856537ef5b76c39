"""Specs for an incident dated only by a time of day naming no day, where the article dates an arrest, charge
or statement of it to an earlier day: the incident cannot fall on the later report's day."""

from __future__ import annotations

from datetime import date

import pytest
from dating import PUBLISHED, resolve
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest on Sunday (Oct. 4) came after the shooting, so the time of day is not the report's day
        (
            "A man shot himself in the leg at 10:45 p.m. near a pond in Elm Park.\n\n"
            "Officers arrested him on Sunday after he lied about the wound.",
            date(2020, 10, 4),
        ),
        # no earlier act is dated: the time of day still dates the report's own day
        (
            "A man shot himself in the leg at 10:45 p.m. near a pond in Elm Park.\n\n"
            "Officers say he lied about the wound.",
            PUBLISHED,
        ),
        # a statement may speak of another matter: only an arrest or charge moves the day
        (
            "A man shot himself in the leg at 10:45 p.m. near a pond in Elm Park.\n\n"
            "The sheriff told reporters on Sunday that the park is safe.",
            PUBLISHED,
        ),
        # an arrest dated on the report's day itself moves nothing
        (
            "A man shot himself in the leg at 10:45 p.m. near a pond in Elm Park.\n\n"
            "Officers arrested him today after he lied about the wound.",
            PUBLISHED,
        ),
    ],
)
def test_an_incident_timed_only_by_the_clock_comes_no_later_than_its_arrest(
    nlp: Language, text: str, expected: date
) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value == expected, result.reason
