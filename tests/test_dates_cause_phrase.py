"""A time told right after the act a cause phrase names ('in response to rocket fire last week') dates that
earlier act, not the act answering it, however the parse hangs it; nor does an undated event after it borrow
it. A time told before the cause phrase still dates the sentence's act."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# Published Tuesday 6 October 2020 (dating.PUBLISHED): the lead's 'Monday' is 5 October.
LEAD = "Air strikes killed 13 people in the border town on Monday, health officials said.\n\n"

CASES = [
    # the cause phrase's time is the answered act's: the strikes keep the lead's day
    (LEAD + "The army said its jets struck 16 targets in response to rocket fire last week.", "struck",
     "ASSAULT", None, "2020-10-05"),
    (LEAD + "Gunmen attacked a checkpoint in retaliation for the killing of their commander on Saturday.",
     "attacked", "ASSAULT", None, "2020-10-05"),
    # an undated event after it borrows the lead's day, not the answered act's
    (LEAD + "The army said its jets struck 16 targets in response to rocket fire last week. The group vowed "
     "to retaliate.", "vowed", "THREATEN", "The group vowed", "2020-10-05"),
    # a time before the cause phrase dates the sentence's own act
    (LEAD + "Gunmen attacked a checkpoint on Saturday in retaliation for the killing of their commander.",
     "attacked", "ASSAULT", None, "2020-10-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "plover", "sentence_with", "expected"), CASES)
def test_a_cause_phrase_dates_the_act_answered(
    nlp: Language, text: str, trigger: str, plover: str, sentence_with: str | None, expected: str
) -> None:
    result = resolve(nlp, text, trigger, sentence_with=sentence_with, plover=plover)
    assert result.value == date.fromisoformat(expected)
