"""A relative clause telling when something happened dates the incident whose phrase it hangs in."""

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
            "Deputies released little about the shooting death of a girl, 10, that occurred near"
            " Elmton on Sunday night.\n\nHer funeral will be held Friday at the church.",
            "shooting",
            "2020-10-04",
        ),
        (
            "Police are still looking into the stabbing death of a man that happened outside a bar on"
            " Saturday.\n\nA vigil will be held Thursday.",
            "stabbing",
            "2020-10-03",
        ),
        (
            "Investigators would not say more about the death of a woman that occurred at the lake on"
            " Friday.\n\nThe family will gather on Thursday.",
            "death",
            "2020-10-02",
        ),
    ],
)
def test_a_clause_of_occurrence_on_the_victim_dates_the_incident(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    "text",
    [
        # a clause of another verb on the person tells that person's act, not the incident's day
        "Officers are looking for the shooting suspect who was seen near the park on Sunday.",
        "Deputies gave no details about the shooting death of a girl who was visiting Elmton on Sunday.",
    ],
)
def test_a_clause_of_another_act_on_a_person_does_not_date_the_incident(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "shooting", plover="ASSAULT")
    assert result.value is None, result.reason
