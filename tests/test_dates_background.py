"""A year or month long past, borrowed from another sentence, recalls an older event, not the article's;
the current year a tally of many incidents covers dates none of them."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

from kronika.dates.background import period_tally
from kronika.dates.expressions import find_expressions


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
@pytest.mark.slow
def test_a_year_or_month_long_past_dates_an_older_event(nlp: Language, text: str, expected: str) -> None:
    result = resolve(nlp, text, "wounded", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The county has counted 88 people shot so far this year.", True),
        ("It was the town's 12th homicide this year, the sheriff said.", True),
        ("Four killings in the valley this year remain unsolved.", True),
        ("Shootings are down by a third to date this month.", True),
        # one incident timed by the current year, with no count of others
        ("A clerk was shot in the leg at the store earlier this year.", False),
        # a count of others, timed by a day rather than the current period
        ("Three people were shot in the park on Sunday.", False),
    ],
)
def test_the_current_year_of_a_tally_is_its_span(sentence: str, tally: bool) -> None:
    found = find_expressions(sentence, 0)
    assert any(period_tally(sentence, e) for e in found) is tally


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Police are offering a reward in each of four killings in the valley this year.\n\n"
            "A clerk was shot at a gas station on Elm Street.",
            "shot",
        ),
        (
            "The county has counted 88 people shot so far this year.\n\n"
            "A clerk was wounded at a gas station on Elm Street.",
            "wounded",
        ),
    ],
)
def test_the_year_of_a_tally_dates_no_incident(nlp: Language, text: str, trigger: str) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value is None, result.reason
