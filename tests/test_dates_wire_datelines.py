"""A wire dateline's day ('ACCRA, October 6 (Reuters) -') is the day the story was filed, not the day of
what it tells: the story's own words date its events."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "expected"),
    [
        (
            "ACCRA, October 6 (Reuters) - Gunmen kidnapped two traders near Tamale late on Sunday.",
            "kidnapped",
            "ASSAULT",
            "2020-10-04",
        ),
        (
            "TUNIS, Tunisia, October 6 (AP) — Hundreds of graduates marched in Gafsa on Monday.",
            "marched",
            "PROTEST",
            "2020-10-05",
        ),
        (
            "SANTIAGO, October 6, 2020 (AFP) - Riot police detained 40 students in Valparaiso on Saturday.",
            "detained",
            "COERCE",
            "2020-10-03",
        ),
    ],
)
def test_the_story_dates_its_events_not_the_filing_day(
    nlp: Language, text: str, trigger: str, plover: str, expected: str
) -> None:
    assert resolve(nlp, text, trigger, plover=plover).value == date.fromisoformat(expected)
