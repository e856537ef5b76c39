"""Specs for the sentences that tell only an earlier incident on a day of its own: none of a later event's
toll comes from them where they name it in passing, or, beside a fresh attack, where they tell it ('The war
began on 3 March when gunmen attacked the border town, killing 300'); a trial story's own narrative ('On 3
March he shot the clerk') is the incident it is about."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.casualties.recalled_days import SentenceDay, recalled_days, told_before
from kronika.model import EventDate

PUBLISHED = date(2021, 5, 12)
MARCH = EventDate(date(2021, 3, 3), "day", "'3 March' stated in the text")
MAY = EventDate(date(2021, 5, 11), "day", "'Tuesday' relative to publication")
A_YEAR = EventDate(date(2021, 1, 1), "year", "'2021' stated in the text")
FRESH_ATTACK = SentenceDay(0, MAY, historical=False, passing=False, attack=True, own_day=True)
# an attack after the lead, or dated by a 'then', is no fresh news: a trial story's narrative may be so dated
LATER_ATTACK = SentenceDay(150, MAY, historical=False, passing=False, attack=True, own_day=True)
THEN_ATTACK = SentenceDay(0, MAY, historical=False, passing=False, attack=True, own_day=False)
TODAYS_TRIAL = SentenceDay(0, MAY, historical=False, passing=False)
RECALLED = {300: date(2021, 3, 3)}


@pytest.mark.parametrize(
    ("told", "recalled"),
    [
        # background named in passing by its day is recalled in any story
        ([TODAYS_TRIAL, SentenceDay(300, MARCH, historical=True, passing=True)], RECALLED),
        # told as what happened: recalled beside a fresh attack, the incident itself in a trial story
        ([FRESH_ATTACK, SentenceDay(300, MARCH, historical=True, passing=False)], RECALLED),
        ([TODAYS_TRIAL, SentenceDay(300, MARCH, historical=True, passing=False)], {}),
        ([TODAYS_TRIAL, LATER_ATTACK, SentenceDay(300, MARCH, historical=True, passing=False)], {}),
        ([THEN_ATTACK, SentenceDay(300, MARCH, historical=True, passing=False)], {}),
        # a sentence that also tells the present is not, nor one told only by its year
        ([FRESH_ATTACK, SentenceDay(300, MARCH, True, False), SentenceDay(300, MAY, False, False)], {}),
        ([FRESH_ATTACK, SentenceDay(300, A_YEAR, historical=True, passing=False)], {}),
    ],
)
def test_a_sentence_telling_only_background_by_its_day_is_recalled(
    told: list[SentenceDay], recalled: dict[int, date]
) -> None:
    assert recalled_days(told, PUBLISHED) == recalled


def test_a_recalled_sentence_lends_no_toll_to_an_event_weeks_later() -> None:
    assert told_before(RECALLED, date(2021, 5, 11)) == frozenset({300})
    assert told_before(RECALLED, date(2021, 3, 4)) == frozenset()
