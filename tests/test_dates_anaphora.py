"""Specs: 'later', 'then' and 'the next day' count from the day written earlier in their own paragraph,
not from the last event read elsewhere in the article."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

from kronika.model import EventDate

# the last event read: a statement issued on the Monday before the report, in a paragraph of its own
STATEMENT = EventDate(date(2020, 10, 5), "day", "'Monday' relative to publication")
RELEASE = "The sheriff's office issued a statement Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "reason"),
    [
        # the paragraph's own day, in the sentence before
        (
            RELEASE + "On September 28, 2020, deputies found a man with a gunshot wound. "
            "He was later flown to a trauma center.",
            "flown",
            "2020-09-28",
            "earlier in its paragraph",
        ),
        # earlier in the same sentence
        (
            RELEASE + "A clerk was robbed on September 30 and then shot.",
            "shot",
            "2020-09-30",
            "earlier in its paragraph",
        ),
        (
            RELEASE + "On Thursday, October 1, a woman was robbed. The robber then shot a guard.",
            "shot",
            "2020-10-01",
            "earlier in its paragraph",
        ),
        # a paragraph writing no day of its own follows on from the last event read
        (RELEASE + "A guard was later arrested.", "arrested", "2020-10-05", "the previous event's date"),
    ],
)
def test_an_anaphor_counts_from_its_paragraphs_day(
    nlp: Language, text: str, trigger: str, expected: str, reason: str
) -> None:
    """The date, and a reason that names where the day counted from was found."""
    found = resolve(nlp, text, trigger, STATEMENT, sentence_with=trigger, plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)
    assert reason in found.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [("On 2 October 2020, relatives protested after the previous day's raid.", "protested", "2020-10-02")],
)
def test_an_anaphor_with_nothing_read_before_it_gives_way(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    found = resolve(nlp, text, trigger, None, sentence_with=trigger)
    assert found.value == date.fromisoformat(expected)
