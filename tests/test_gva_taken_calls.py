"""A call police took dates the incident it brought them to, where the lead only dates a later release."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

RELEASE = (
    "Ohio officials released audio from four 911 calls on Monday, recorded minutes before deputies and"
    " a gunman traded deadly fire near Dayton.\n\n"
)

# Each case: the trigger, its PLOVER type, the article (published Tuesday 2020-10-06), and the day its
# incident is dated to.
CASES = [
    *rule(
        "responders taking a call date the incident, not the later release of its audio",
        (
            "shot",
            "ASSAULT",
            RELEASE + "Montgomery County deputies received a call at about 10:40 p.m. Saturday from a house"
            " on Birch Lane.\n\nA neighbor was shot in the arm as she hid in a closet.",
            "2020-10-03",
        ),
        (
            "shot",
            "ASSAULT",
            RELEASE + "Dispatchers got the first call shortly after 1 a.m. Sunday.\n\n"
            "A neighbor was shot in the arm as she hid in a closet.",
            "2020-10-04",
        ),
    ),
    *rule(
        "a relative's call brings later news: the release's day stays the nearest known",
        (
            "shot",
            "ASSAULT",
            RELEASE + "Her brother received a call from a cousin on Saturday night.\n\n"
            "A neighbor was shot in the arm as she hid in a closet.",
            "2020-10-05",
        ),
    ),
]


@pytest.mark.parametrize(("trigger", "plover", "text", "expected"), CASES)
def test_a_call_police_took_dates_the_incident(
    nlp: Language, trigger: str, plover: str, text: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover=plover)
    assert result.value == date.fromisoformat(expected), result.reason
