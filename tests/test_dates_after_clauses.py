"""Specs for an incident told as what came before a dated act ('imposed a curfew on Tuesday after clashes
killed six'): the day is the later act's, and the incident takes the day the article gives it."""

from __future__ import annotations

from datetime import date

import pytest
from builders import made_up_detection
from dating import resolve
from spacy.language import Language

from kronika.casualties import count_casualties

# Published Tuesday 6 October 2020 (dating.PUBLISHED): 'Monday' is 5 October, 'Sunday' 4 October.
CURFEW = "Police imposed a curfew in Tarsa on Monday after clashes between rival groups killed six people."
BEGAN = "\n\nThe violence began on Sunday when a procession was attacked with stones."


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "expected"),
    [
        # the clashes are dated where the article dates the violence, the curfew by its own day
        (CURFEW + BEGAN, "killed", "ASSAULT", date(2020, 10, 4)),
        (CURFEW + BEGAN, "imposed", "COERCE", date(2020, 10, 5)),
        # with no other day told, the sentence's only day is still the nearest known
        (CURFEW, "killed", "ASSAULT", date(2020, 10, 5)),
        # an act of another kind after which the dated one came is as often of the same day
        (
            "The minister resigned on Monday after protests pushed the board to annul Sunday's vote." + BEGAN,
            "annul",
            "CONCEDE",
            date(2020, 10, 5),
        ),
    ],
)
def test_an_incident_before_a_dated_act_keeps_its_own_day(
    nlp: Language, text: str, trigger: str, plover: str, expected: date
) -> None:
    assert resolve(nlp, text, trigger, sentence_with=text[:20], plover=plover).value == expected


def test_a_curfew_counts_none_of_the_dead_it_answers(nlp: Language) -> None:
    """A curfew, a ban or martial law harms no one of itself: the dead are the clashes'."""
    curfew = made_up_detection(CURFEW, "imposed a curfew", "COERCE", mode="curfew", text=CURFEW + BEGAN)
    assert count_casualties(nlp(CURFEW + BEGAN), curfew).fatalities is None


# The lead dates this week's storming; the later sentence an older resignation and what came before it.
STORMING = "Crowds stormed the governor's house in Tarsa on Monday.\n\n"
RESIGNED = "The previous governor resigned in August after his guards attacked marchers, leaving two dead."


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        # an act told in the clause the resignation came after is no later than the resignation
        ("attacked", (date(2020, 8, 15), "month")),
        ("resigned", (date(2020, 8, 15), "month")),
    ],
)
def test_an_act_before_a_dated_act_is_no_later_than_it(nlp: Language, trigger: str, expected: tuple) -> None:
    found = resolve(nlp, STORMING + RESIGNED, trigger, sentence_with="The previous", plover="ASSAULT")
    assert (found.value, found.precision) == expected
