"""A year or month long past, borrowed from another sentence, recalls an older event, not the article's."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five people were wounded outside a bar on Elm Street, police said.\n\n"
            "It was the bar's second shooting. In 2011, a man was killed in a shooting there.\n\n"
            "A neighbour said the music at the bar stopped on Saturday night.",
            "2020-10-03",
        ),
        (
            "Five people were wounded outside a bar on Elm Street, police said.\n\n"
            "The bar first made the news in May 2009, when a man was shot dead in its car park.\n\n"
            "A neighbour said the music at the bar stopped on Sunday night.",
            "2020-10-04",
        ),
        # a day the article writes out still dates its incident, however long ago: a trial's report
        (
            "Five people were wounded outside a bar on Elm Street, the prosecutor said.\n\n"
            "The shooting happened on Jan. 22, 2019, after an argument.",
            "2019-01-22",
        ),
    ],
)
def test_a_year_or_month_long_past_dates_an_older_event(nlp: Language, text: str, expected: str) -> None:
    result = resolve(nlp, text, "wounded", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason
