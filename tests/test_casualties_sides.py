"""Spec: a coder's note counting the dead of different sides in separate sentences adds them up; the same dead
told twice, or a disputed toll, do not."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.sides import sides_killed


@pytest.mark.parametrize(
    ("texts", "killed", "total"),
    [
        *rule(
            "the dead of different sides add up",
            (["4 policemen were killed in the raid.", "The police later killed 2 gunmen."], [4, 2], 6),
            (["Rebels ambushed a convoy, killing a soldier.", "Nine rebels died in return."], [1, 9], 10),
            (["One villager was killed.", "The army said it killed five insurgents."], [1, 5], 6),
            (["6 gendarmes were reportedly killed.", "3 bandits killed."], [6, 3], 9),
        ),
        *rule(
            "the same side told twice, or a count naming no side, adds nothing",
            (["3 soldiers were killed.", "The 3 soldiers were buried on Monday."], [3, 3], None),
            (["Gunmen killed 7 people.", "The dead included 2 soldiers."], [7, 2], None),
            (["2 soldiers and 4 rebels were killed.", "The army killed 4 rebels."], [6, 4], None),
        ),
        *rule(
            "a sentence counting the dead alone adds nothing",
            (["5 soldiers were killed.", "The rebels fled."], [5, None], None),
        ),
        *rule(
            "a disputed toll is not summed",
            (
                ["The rebels killed 8 soldiers.", "The army denied this, saying 12 rebels were killed."],
                [8, 12],
                None,
            ),
            (
                ["6 militants were killed.", "The group said it killed 9 soldiers, which was not confirmed."],
                [6, 9],
                None,
            ),
        ),
    ],
)
def test_the_dead_of_each_side(texts: list[str], killed: list[int | None], total: int | None) -> None:
    assert sides_killed(texts, killed) == total


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "a note's dead of two sides add up",
            (
                "On 4 June 2021, 3 soldiers were killed when rebels attacked an outpost near Kilwa. The army "
                "hit back and killed 4 rebels.",
                7,
            ),
            (
                "On 9 March 2022, suspected militants ambushed a bus near Dori, killing a civilian. The army "
                "said it killed eight militants in pursuit.",
                9,
            ),
        ),
        *rule(
            "the same dead told twice count once",
            (
                "On 4 June 2021, gunmen killed 5 people in a market near Kilwa. The 5 dead included 2 "
                "soldiers.",
                5,
            ),
        ),
    ],
)
def test_a_notes_dead_of_two_sides(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note).fatalities == fatalities
