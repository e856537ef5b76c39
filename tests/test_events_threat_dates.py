"""Specs for the day of a threat: the day it was said, not the day of the act it threatens."""

from __future__ import annotations

from datetime import date

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.dates import resolve_date
from kronika.events.threat_dates import dated_by_saying
from kronika.model import Article, ArticleContext

PUBLISHED = date(2021, 2, 24)  # a Wednesday
LAST_FRIDAY = date(2021, 2, 19)


def _day(nlp: Language, text: str, trigger: str, plover: str) -> date | None:
    """The day our own one-sentence report gives the event read on `trigger`."""
    detection = made_up_detection(text, trigger, plover)
    ctx = ArticleContext(Article("a", text, published=PUBLISHED))
    doc = nlp(text)
    return resolve_date(doc, dated_by_saying(doc, detection), ctx, None).value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "plover", "expected"),
    [
        # the threat was made when it was said; Friday is when the march is to be
        (
            "Opposition parties said on Tuesday they would march on parliament on Friday.",
            "march",
            "THREATEN",
            date(2021, 2, 23),
        ),
        (
            "Opposition parties said on Tuesday that they will march on Friday.",
            "march",
            "THREATEN",
            date(2021, 2, 23),
        ),
        # an act told as done keeps its own day
        ("Opposition parties marched on parliament on Friday.", "marched", "PROTEST", LAST_FRIDAY),
    ],
)
def test_a_threat_is_dated_by_its_saying(
    nlp: Language, text: str, trigger: str, plover: str, expected: date
) -> None:
    """A THREATEN read from an act announced in a future clause takes the day of the saying."""
    assert _day(nlp, text, trigger, plover) == expected


@pytest.mark.slow
def test_a_threat_is_never_dated_to_the_past_day_of_its_future_act(nlp: Language) -> None:
    """With no day for the saying, the threatened act's 'Friday' gives the threat no past Friday."""
    assert (
        _day(nlp, "Opposition parties said they would march on Friday.", "march", "THREATEN") != LAST_FRIDAY
    )
