"""Officers 'fired' on a day were dismissed, not shot at: that day dates no incident a later sentence with
no day of its own could take."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06
LEAD = "Protesters set fire to a police station in Rendale late Monday.\n\n"


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the stormed station's day is the lead's, not the day the officers were dismissed
        (
            "Crowds stormed the station and set it ablaze.\n\nThe four officers were fired on Sunday.",
            "2020-10-05",
        ),
        (
            "Crowds stormed the station and set it ablaze.\n\nThe city fired the police chief on Sunday.",
            "2020-10-05",
        ),
    ],
)
def test_a_dismissal_dates_no_incident(nlp: Language, later: str, expected: str) -> None:
    result = resolve(nlp, LEAD + later, "stormed", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected)
