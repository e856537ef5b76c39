"""A date set between an article and the event noun it names ('the May 7, 2015, shooting') dates that noun."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# a later plea, fronted by its own written-out day, names the shooting in passing: the lead's date wins
LATER_PLEA = (
    "\n\nOn Sept. 29, 2020, his brother pleaded guilty to tampering with records of victims of the shooting."
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "A gang boss admitted today to his part in the May 7, 2015, shooting of three cousins"
            " in Brindleford.",
            "2015-05-07",
        ),
        (
            "Prosecutors charged two brothers Friday in the Aug. 30, 2020, slaying of a deli owner in"
            " Elmton.",
            "2020-08-30",
        ),
        (
            "Relatives gathered Sunday to mark a year since the Oct. 2, 2019, shooting of two clerks at a"
            " Harlow store.",
            "2019-10-02",
        ),
    ],
)
def test_a_date_modifying_the_incident_noun_in_the_lead_dates_the_incident(
    nlp: Language, lead: str, expected: str
) -> None:
    text = f"{lead}\n\nThe victims were hit by bullets fired from a passing car.{LATER_PLEA}"
    result = resolve(nlp, text, "hit", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


def test_a_date_modifying_another_noun_does_not_date_the_incident(nlp: Language) -> None:
    # 'the Sept. 30 hearing' dates the hearing: the lead gives the shooting no day of its own
    lead = "Lawyers asked for a delay of the Sept. 30 hearing into the shooting of a clerk in Brindleford."
    text = f"{lead}\n\nThe clerk was hit by bullets fired from a passing car.{LATER_PLEA}"
    result = resolve(nlp, text, "hit", plover="ASSAULT")
    assert result.value != date(2020, 9, 30), result.reason
