"""'Overnight', 'today' or 'yesterday' in a sentence whose statement is dated ('the ministry said on Sunday')
count from the day it was said, not from the report's publication; with no day of saying, from publication."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# Published Tuesday 6 October 2020 (dating.PUBLISHED): Sunday is 4 October.
CASES = [
    ("Police detained 40 people overnight, the ministry said on Sunday.", "detained", "2020-10-04"),
    ("Police detained 40 people yesterday, the ministry said on Sunday.", "detained", "2020-10-03"),
    ("The ministry said on Sunday that police had detained 40 people overnight.", "detained", "2020-10-04"),
    # no day of saying: counted from publication
    ("Police detained 40 people overnight, the ministry said.", "detained", "2020-10-06"),
    # a day that dates no saying counts nothing: the arrest is Sunday's
    ("Police detained 40 people on Sunday and released them today.", "detained", "2020-10-04"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_a_day_word_counts_from_the_day_it_was_said(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    assert resolve(nlp, text, trigger, plover="COERCE").value == date.fromisoformat(expected)
