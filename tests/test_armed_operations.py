"""Specs for operations against armed men: a lead attack whose sentence tells an operation, raid or
offensive against militants, a militia, rebels, bandits or their hideout is an armed clash."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.armed_operations import armed_operations
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, LOOTING


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "an operation, raid or offensive against armed men was fought",
            (
                "A police operation against a group of cattle-raiding militia near Lomut left five dead.",
                ATTACK,
                ARMED_CLASH,
            ),
            ("Troops launched a raid on a rebel camp west of Bunia, killing three.", ATTACK, ARMED_CLASH),
            ("Commandos made a raid on a hideout of the Kora gang in Kisa.", ATTACK, ARMED_CLASH),
            ("The army began an offensive against suspected jihadists near Tera.", ATTACK, ARMED_CLASH),
        ),
        *rule(
            "a raid on civilians' places, or an operation told in a later sentence, is left as read",
            ("Gunmen carried out a raid on a cattle camp near Tonj, killing two herders.", ATTACK, ATTACK),
            ("Soldiers raided the village of Kiri and beat its elders.", ATTACK, ATTACK),
            (
                "Soldiers shot two traders at a market in Beni. It came a day after an operation against "
                "rebels nearby.",
                ATTACK,
                ATTACK,
            ),
        ),
        *rule(
            "a reading other than an attack is kept",
            ("Police seized rifles in a raid on a bandit hideout in Marsabit.", LOOTING, LOOTING),
        ),
    ],
)
def test_an_operation_against_armed_men_is_an_armed_clash(paragraph: str, read: str, expected: str) -> None:
    out = lead_retyped(armed_operations, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
