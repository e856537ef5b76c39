"""A day in one clause does not date an incident named as one already told ('the shooting') in a clause
beside it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

LATER = "\n\nA boy was shot on Saturday night."  # the day the article gives its incident


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the fights' day, or the classes', is not the shooting's: the incident takes the day told of it
        (
            "Neighbours said a brawl started Wednesday outside the bakery on Pine Road and the owner"
            " suspects the brawl was connected to the shooting." + LATER,
            "shooting",
            "2020-10-03",
        ),
        (
            "Teachers told reporters that classes resumed Monday at Oak Middle School and some pupils are"
            " scared the lockdown was related to the shooting." + LATER,
            "shooting",
            "2020-10-03",
        ),
    ],
)
def test_a_day_beside_an_incident_looked_back_on_leaves_it_to_its_own_day(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the incident told in its own clause, or the day on the clause telling it, is still dated so
        (
            "Residents said a fight broke out on Sunday and a man was shot near the station.",
            "shot",
            "2020-10-04",
        ),
        (
            "Police were summoned on Friday night and they discovered a woman who had been shot." + LATER,
            "shot",
            "2020-10-02",
        ),
        ("Police said the shooting happened on Sunday near the station." + LATER, "shooting", "2020-10-04"),
    ],
)
def test_a_day_on_the_incidents_own_clause_still_dates_it(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason
