"""A follow-up naming a week gone by ('last week's shooting') reads the weekday it gives its incident in
that week, not in the week of the report."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06: last week runs from Monday 2020-09-28 to Sunday 2020-10-04


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        (
            "Police arrested a second suspect in last week's shooting.\n\n"
            "The shooting happened about 9 p.m. Tuesday outside a store on Elm Street.",
            "shooting",
            "2020-09-29",
            "day",
        ),
        (
            "A teenager was wounded last week, police said.\n\nHe was shot late Monday near the park.",
            "wounded",
            "2020-09-28",
            "day",
        ),
        # a weekday dating only a statement or an arrest is the report's week, naming no day of the incident
        (
            "A woman was wounded in last week's shooting.\n\nPolice said Tuesday they had arrested a man.",
            "wounded",
            "2020-09-28",
            "week",
        ),
        (
            "Three men were killed in a shooting last week.\n\n"
            "A man was taken into custody late Monday night in the shooting, police said.",
            "killed",
            "2020-09-28",
            "week",
        ),
        # a weekday that falls in the week gone by read from the report needs no second reading
        (
            "A clerk was shot last week.\n\nHe was shot Friday night at the counter.",
            "shot",
            "2020-10-02",
            "day",
        ),
    ],
)
def test_a_weekday_is_read_in_the_week_gone_by_the_article_names(
    nlp: Language, text: str, trigger: str, expected: str, precision: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert (result.value, result.precision) == (date.fromisoformat(expected), precision)
