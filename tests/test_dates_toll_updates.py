"""Specs for a toll that grows ('the death toll rose to 16 on Monday'): the day is the count's."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

LEAD = "A car bomb exploded outside a police station in Kirkuk on Saturday, killing nine people.\n\n"


@pytest.mark.parametrize(
    ("update", "plover", "expected"),
    [
        # the blast the toll is of keeps the day of the lead that tells it
        ("The death toll from the blast rose to 16 on Monday, officials said.", "ASSAULT", date(2020, 10, 3)),
        ("The number of dead in the bombing climbed to 14 on Monday.", "ASSAULT", date(2020, 10, 3)),
        # an act of that day is dated by it
        ("Police arrested two suspects in the blast on Monday.", "COERCE", date(2020, 10, 5)),
    ],
)
def test_the_day_a_toll_grows_is_not_the_events(
    nlp: Language, update: str, plover: str, expected: date
) -> None:
    """The blast keeps its own day; the day told is the count's, or an act's of that day."""
    trigger = "arrested" if "arrested" in update else ("blast" if "blast" in update else "bombing")
    found = resolve(nlp, LEAD + update, trigger, sentence_with=update[:12], plover=plover)
    assert found.value == expected
