"""Spec: a day fronted before a note's sentence dates its act over a year, month or day the sentence gives
something else; a sentence's only day, closing a relative clause told after the trigger, dates the trigger;
a coder's 'Febuary' is February."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule
from dating import resolve
from spacy.language import Language

from kronika.dates.expressions import find_expressions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        *rule(
            "a fronted day beats a year on another noun",
            (
                "On 21 June 2020, a group of unemployed graduates of 2016 staged a demonstration in Dhaka.",
                "demonstration",
                "2020-06-21",
            ),
        ),
        *rule(
            "a fronted day beats a month reached through another verb",
            (
                "On 7 May 2020, pupils rallied in Boulsa to demand that the school reopens after it was "
                "shut in March.",
                "demand",
                "2020-05-07",
            ),
        ),
        *rule(
            "a fronted day beats another day reached through another verb",
            (
                "On 4 September 2020, traders rallied in Kaya to demand that the market reopens after it "
                "was shut on 30 August.",
                "demand",
                "2020-09-04",
            ),
        ),
        *rule(
            "a day on the trigger itself still beats the fronted day",
            (
                "On 5 October 2020, relatives marched in Tera after the herder was killed on 2 October.",
                "killed",
                "2020-10-02",
            ),
        ),
    ],
)
def test_a_fronted_day_dates_the_sentence(nlp: Language, text: str, trigger: str, expected: str) -> None:
    found = resolve(nlp, text, trigger)
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        *rule(
            "the only day, closing a relative clause after the trigger, dates the trigger",
            (
                "One farmer was killed after border guards fired at a group of villagers who were trying "
                "to cross the border near Haripur on October 3.",
                "killed",
                "2020-10-03",
            ),
        ),
        *rule(
            "a relative clause before the trigger dates only its own act",
            ("Men who were arrested on October 3 attacked a police post in Juba.", "attacked", None),
        ),
    ],
)
def test_a_closing_day_in_a_later_clause(
    nlp: Language, text: str, trigger: str, expected: str | None
) -> None:
    found = resolve(nlp, text, trigger)
    assert found.value == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a misspelt February is February",
            ("On 28 Febuary 2013, traders held a strike.", date(2013, 2, 28)),
            ("Clashes broke out between Febuary 3-5, 2014 in Wau.", date(2014, 2, 3)),
        ),
    ],
)
def test_a_misspelt_month(text: str, expected: date) -> None:
    found = find_expressions(text, 0)
    resolved = found[0].resolver(date(2020, 10, 6)) if found else None
    assert resolved is not None and resolved.value == expected
