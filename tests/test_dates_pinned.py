"""A weekday beside another its sentence gives, which the article writes out with its weekday's name a week or
more before the page's date, counts back from that written day: the page is a later copy of the story."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06; Monday, Aug. 3, 2020 and Thursday, Aug. 6, 2020 lie two months before it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the charge's Thursday is written out as Thursday, Aug. 6: the shooting is the Wednesday before it
        (
            "A teacher was charged Thursday, Aug. 6, 2020, with murder.\n\n"
            "The teacher was charged Thursday in connection with Wednesday's shooting at a diner.",
            "2020-08-05",
        ),
        # a Friday after it in the calendar week of the Thursday it counts back from runs to the week before
        (
            "Deputies arrested a cook on Thursday, Aug. 6, 2020.\n\n"
            "The cook was arrested Thursday in connection with the Friday shooting of a neighbor.",
            "2020-07-31",
        ),
        # no weekday the article writes out with its name: the weekdays count back from the page's date
        (
            "The teacher was charged Thursday in connection with Wednesday's shooting at a diner.",
            "2020-09-30",
        ),
        # a day written out for another weekday than the sentence's anchors nothing
        (
            "A teacher was questioned Monday, Aug. 3, 2020, about a theft.\n\n"
            "The teacher was charged Thursday in connection with Wednesday's shooting at a diner.",
            "2020-09-30",
        ),
        # a written day of the incident's own telling, no arrest's, charge's or statement's, anchors nothing
        (
            "A teacher died Thursday, Aug. 6, 2020, in a crash.\n\n"
            "The teacher died Thursday of wounds in connection with Wednesday's shooting at a diner.",
            "2020-09-30",
        ),
        # the written Monday of this very week is the page's own: nothing to count back from
        (
            "A teacher was charged Monday, Oct. 5, 2020, in a slaying.\n\n"
            "The teacher was charged Monday in connection with Thursday's shooting at a diner.",
            "2020-10-01",
        ),
    ],
)
def test_a_weekday_counts_back_from_a_day_its_sentence_names_in_full(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shooting", sentence_with="in connection with", plover="ASSAULT")
    assert (result.value, result.precision) == (date.fromisoformat(expected), "day")
