"""A bare year before the event noun it names ('a 2021 coup', 'the 2015 shooting') dates an act done in that
event, never another act told of it, and lends no day to the sentences after it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

CASES = [
    # the act done in the named event takes its year
    ("The generals seized power in a 2021 coup.", "seized", None, date(2021, 1, 1)),
    # an act told of the event is not dated by its year
    ("He was jailed for his part in the 2015 shooting.", "jailed", None, None),
    ("Voters backed the 2016 referendum result.", "backed", None, None),
    # a number of people is no year
    ("Police said the 2000 protesters marched peacefully.", "marched", None, None),
    # nor does the year date what the next sentence tells
    ("The generals seized power in a 2021 coup. Protesters marched in the capital.", "marched", "Protesters",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "sentence_with", "expected"), CASES)
def test_a_year_dates_only_what_was_done_in_its_event(
    nlp: Language, text: str, trigger: str, sentence_with: str | None, expected: date | None
) -> None:
    assert resolve(nlp, text, trigger, sentence_with=sentence_with).value == expected
