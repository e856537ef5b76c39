"""A day written without its year takes the one earlier year the article gives its month elsewhere ('the
March 2019 robbery' ... 'was shot March 9'), never for a day counted back to within a month of the page."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06: a yearless 'March 9' counts back to 2020-03-09, 'Sept. 20' to 2020-09-20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article names the month with its year once: the day is of that year
        (
            "A cook went on trial in the March 2019 robbery of a bakery.\n\n"
            "A clerk was shot March 9 outside the bakery.",
            "2019-03-09",
        ),
        # 'in March of 2018' names it so too
        (
            "The feud began in March of 2018, neighbors said.\n\n"
            "A clerk was shot March 9 outside the bakery.",
            "2018-03-09",
        ),
        # no year given the month: the day counts back from the page
        (
            "A cook went on trial in the robbery of a bakery.\n\n"
            "A clerk was shot March 9 outside the bakery.",
            "2020-03-09",
        ),
        # two years given the month: nothing tells which, so the day counts back from the page
        (
            "A cook was robbed in March 2018 and again in March 2019.\n\n"
            "A clerk was shot March 9 outside the bakery.",
            "2020-03-09",
        ),
        # the year of another month lends nothing
        (
            "A cook went on trial in the May 2019 robbery of a bakery.\n\n"
            "A clerk was shot March 9 outside the bakery.",
            "2020-03-09",
        ),
        # a day within a month of the page is the news itself, an older month beside it another story's
        (
            "A cook was robbed in September 2019 at the same bakery.\n\n"
            "A clerk was shot Sept. 20 outside the bakery.",
            "2020-09-20",
        ),
        # a day written with its own year keeps it
        (
            "A cook went on trial in the March 2019 robbery of a bakery.\n\n"
            "A clerk was shot March 9, 2020, outside the bakery.",
            "2020-03-09",
        ),
    ],
)
def test_a_yearless_day_takes_the_year_the_article_gives_its_month(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shot", sentence_with="A clerk", plover="ASSAULT")
    assert (result.value, result.precision) == (date.fromisoformat(expected), "day")
