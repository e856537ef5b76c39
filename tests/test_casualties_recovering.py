"""A victim told recovering from a wound, or recovering after suffering one, is hurt and alive; one found
dead later was not first counted among the hurt."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "one recovering from a wound, or after suffering one, is injured",
            ("A man is recovering from a gunshot wound after a shooting on Birch Lane on Sunday.", None, 1),
            ("A woman is recovering after suffering a gunshot wound on Birch Lane on Sunday night.", None, 1),
            ("A teen is in the hospital after suffering gunshot wounds on Birch Lane on Sunday.", None, 1),
        ),
        *rule(
            "one recovering beside the dead is one besides them",
            (
                "A man was shot and killed on Birch Lane on Sunday. "
                "His cousin is recovering from a bullet wound in the hip.",
                1,
                1,
            ),
            (
                "Two brothers were shot on Birch Lane on Sunday. One of them died. "
                "The other is recovering from a gunshot wound.",
                1,
                1,
            ),
        ),
        *rule(
            "the one shot who recovers is the one shot, not another",
            (
                "A woman was shot on Birch Lane on Sunday. She is recovering from a wound to the arm.",
                None,
                1,
            ),
        ),
        *rule(
            "a death after suffering a wound is no injury",
            ("A man died after suffering a gunshot wound on Birch Lane on Sunday.", 1, None),
            ("A woman died at a hospital after suffering a gunshot wound on Birch Lane on Sunday.", 1, None),
        ),
        *rule(
            "suffering nothing that wounds, or arriving after hearing shots, counts no one",
            ("A driver was arrested on Birch Lane on Sunday after suffering a broken arm.", None, None),
            ("Deputies arrived on Birch Lane on Sunday after hearing gunshots.", None, None),
        ),
    ],
)
def test_a_recovering_victim_is_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "one of the hurt found dead later, or pronounced dead later, died after the attack",
            (
                "Three people were wounded in a shooting near Ashford on Monday. "
                "One of them was later found dead in a car.",
                1,
                2,
            ),
            (
                "Three people were wounded in a shooting near Ashford on Monday. "
                "One of them was later pronounced dead.",
                1,
                2,
            ),
        ),
        *rule(
            "a victim told by an ordinal and found dead later is one more of the dead",
            (
                "Three men were shot dead in a house near Ashford on Monday. A 61-year-old woman who was "
                "injured is still unnamed. A fourth man was later found dead in a shed.",
                4,
                None,
            ),
        ),
    ],
)
def test_found_dead_later_of_the_hurt(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "a killer found dead later is no one first counted hurt: the hurt stay hurt",
            (
                "A gunman killed four people in two houses near Ashford on Monday. A 61-year-old woman who "
                "was injured is still unnamed. The gunman was later found dead in a barn.",
                1,
            ),
            (
                "A gunman shot five people at a farm near Ashford on Monday, killing three. A teenage boy "
                "who was wounded was airlifted to a trauma center. The gunman was later found dead, "
                "apparently by his own hand.",
                2,
            ),
        ),
    ],
)
def test_a_killer_found_dead_later_leaves_the_hurt(nlp: Language, text: str, injured: int) -> None:
    assert story_toll(nlp, text).injured == injured
