"""Specs for the sentences that tell only an earlier incident on a day of its own: none of a later event's
toll comes from them, whether they name it in passing or tell it ('The war began on 3 March when gunmen
attacked the border town, killing 300')."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.casualties.recalled_days import SentenceDay, recalled_days, told_before
from kronika.model import EventDate

MARCH = EventDate(date(2021, 3, 3), "day", "'3 March' stated in the text")
MAY = EventDate(date(2021, 5, 11), "day", "'Tuesday' relative to publication")
A_YEAR = EventDate(date(2021, 1, 1), "year", "'2021' stated in the text")


@pytest.mark.parametrize(
    ("told", "recalled"),
    [
        # background told by its day, named in passing or told as what happened
        ([SentenceDay(300, MARCH, historical=True)], {300: date(2021, 3, 3)}),
        # a sentence that also tells the present is not
        (
            [SentenceDay(300, MARCH, historical=True), SentenceDay(300, MAY, historical=False)],
            {},
        ),
        # nor one told only by its year
        ([SentenceDay(300, A_YEAR, historical=True)], {}),
    ],
)
def test_a_sentence_telling_only_background_by_its_day_is_recalled(
    told: list[SentenceDay], recalled: dict[int, date]
) -> None:
    assert recalled_days(told) == recalled


def test_a_recalled_sentence_lends_no_toll_to_an_event_weeks_later() -> None:
    recalled = recalled_days([SentenceDay(300, MARCH, historical=True)])
    assert told_before(recalled, date(2021, 5, 11)) == frozenset({300})
    assert told_before(recalled, date(2021, 3, 4)) == frozenset()
