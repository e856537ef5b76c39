"""A weekday beside another its sentence gives, which the article writes out with its weekday's name a week or
more before the page's date, counts back from that written day: the page is a later copy of the story."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06; Monday, Aug. 3, 2020 and Friday, Aug. 7, 2020 lie two months before it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest's Monday is written out as Monday, Aug. 3: the shooting's Sunday is the day before it
        (
            "A driver was booked Monday, Aug. 3, 2020, in a double slaying.\n\n"
            "The driver was booked Monday on charges stemming from Sunday's shooting on Elm Street.",
            "2020-08-02",
        ),
        # a Thursday before it in the same week as a Monday it counts back from runs to the week before
        (
            "Deputies jailed a cook on Monday, Aug. 3, 2020.\n\n"
            "The cook was jailed Monday on charges stemming from the Thursday shooting of a neighbor.",
            "2020-07-30",
        ),
        # no weekday the article writes out with its name: the weekdays count back from the page's date
        (
            "The driver was booked Monday on charges stemming from Sunday's shooting on Elm Street.",
            "2020-10-04",
        ),
        # a day written out for another weekday than the sentence's anchors nothing
        (
            "A driver was questioned Friday, Aug. 7, 2020, about a car theft.\n\n"
            "The driver was booked Monday on charges stemming from Sunday's shooting on Elm Street.",
            "2020-10-04",
        ),
        # a written day of the incident's own telling, no arrest's, charge's or statement's, anchors nothing
        (
            "A driver died Monday, Aug. 3, 2020, in a crash.\n\n"
            "A driver died Monday after a crash stemming from Sunday's shooting on Elm Street.",
            "2020-10-04",
        ),
        # the written Monday of this very week is the page's own: nothing to count back from
        (
            "A driver was booked Monday, Oct. 5, 2020, in a slaying.\n\n"
            "The driver was booked Monday on charges stemming from Thursday's shooting on Elm Street.",
            "2020-10-01",
        ),
    ],
)
def test_a_weekday_counts_back_from_a_day_its_sentence_names_in_full(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shooting", sentence_with="stemming from", plover="ASSAULT")
    assert (result.value, result.precision) == (date.fromisoformat(expected), "day")
