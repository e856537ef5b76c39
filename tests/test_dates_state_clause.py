"""A clause telling only where someone was has no act of its own: its closing day dates the act around it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A teenager was killed after police said a shooter opened fire on a pickup he was in on Elm Road "
            "early Saturday morning.\n\nHis friends gathered at the school on Monday.",
            "killed",
            "2020-10-03",
        ),
        (
            "Two men were wounded when someone fired on the truck they were in on Sunday night.\n\n"
            "Neighbours held a meeting on Monday.",
            "wounded",
            "2020-10-04",
        ),
        # a clause with an act of its own still dates that act, not the shooting
        (
            "A man was shot dead by a neighbour who was arrested on Monday.\n\n"
            "The shooting happened on Saturday.",
            "shot",
            "2020-10-03",
        ),
    ],
)
def test_a_day_closing_a_clause_of_being_dates_the_incident(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason
