"""Specs for days still ahead ('a strike called for Tuesday', 'ahead of the January vote'), which date no
incident and no call, and for a toll's participle, which is dated with the act that left it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

# Published Tuesday 6 October 2020 (dating.PUBLISHED): 'Sunday' is 4 October, 'Monday' 5 October.
LEAD = "Rival party workers clashed in Feni on Sunday, leaving one man dead.\n\n"


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "expected"),
    [
        # the day a strike is called for is the strike's: the call and the killing keep the lead's day
        (
            LEAD + "The opposition called a general strike for Thursday over the killing.",
            "killing",
            "ASSAULT",
            "2020-10-04",
        ),
        (
            LEAD + "The opposition called a general strike for Thursday over the killing.",
            "called",
            "REQUEST",
            "2020-10-04",
        ),
        # a month ahead of an election to come is the election's
        (
            LEAD + "Analysts fear more killings ahead of the January election.",
            "killings",
            "ASSAULT",
            "2020-10-04",
        ),
    ],
)
def test_a_day_ahead_dates_neither_the_incident_nor_the_call(
    nlp: Language, text: str, trigger: str, plover: str, expected: str
) -> None:
    found = resolve(nlp, text, trigger, sentence_with=text.split("\n\n")[1][:15], plover=plover)
    assert found.value == date.fromisoformat(expected)


def test_the_toll_an_act_left_is_dated_with_it(nlp: Language) -> None:
    """'left one man dead and about 50 injured in Feni on Sunday': the day the parse hangs on 'injured' is
    the clash's, before a day another sentence gives."""
    text = (
        "Clashes between rival party workers left one man dead and about 50 injured in Feni on Sunday, "
        "police said.\n\nThe party called a strike for Tuesday in protest at the killing."
    )
    assert resolve(nlp, text, "Clashes", plover="ASSAULT").value == date(2020, 10, 4)
