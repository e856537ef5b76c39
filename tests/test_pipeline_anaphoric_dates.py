"""Specs for a time told relative to an earlier event ('later', 'the next day'): it counts from an event dated
earlier in its own sentence, background or not, before the article's last current event
(`pipeline.Pipeline._dated`)."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

PUBLISHED = date(2024, 3, 9)
LEAD = "Gunmen abducted 40 pupils from a school in Tarn on Thursday, officials said.\n\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "year", "historical"),
    [
        pytest.param(
            LEAD + "In 2021, 300 girls were abducted from a school in Vella and later released.",
            "released",
            2021,
            True,
            id="released-later-than-a-background-abduction",
        ),
        pytest.param(
            LEAD + "The pupils were later released near the forest.",
            "released",
            2024,
            False,
            id="released-later-than-the-current-abduction",
        ),
    ],
)
def test_a_later_act_counts_from_the_event_its_sentence_dates(
    pipeline: Pipeline, text: str, trigger: str, year: int, historical: bool
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=PUBLISHED))
    mention = next(m for m in mentions if m.trigger.text == trigger)
    assert mention.date.value is not None and mention.date.value.year == year
    assert mention.historical is historical


@pytest.mark.slow
def test_a_later_act_counts_from_its_sentences_event_before_a_day_its_paragraph_told(
    pipeline: Pipeline,
) -> None:
    text = LEAD.strip() + " In 2021, 300 girls were abducted from a school in Vella and later released."
    mentions = pipeline.mentions(Article("t", text, published=PUBLISHED))
    mention = next(m for m in mentions if m.trigger.text == "released")
    assert mention.date.value is not None and mention.date.value.year == 2021
