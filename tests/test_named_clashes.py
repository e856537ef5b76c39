"""Specs for a fight a report calls an armed clash: a lead read as an attack, mob violence or a violent
demonstration whose paragraph names an armed clash is one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.named_clashes import named_clashes
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    LOOTING,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "a fight its report calls an armed clash is one",
            (
                "Forty villagers were hurt in an armed clash between two villages in Faridpur.",
                ATTACK,
                ARMED_CLASH,
            ),
            (
                "Shops were looted in Narsingdi. The armed clashes lasted two hours.",
                MOB_VIOLENCE,
                ARMED_CLASH,
            ),
            (
                "Two groups fought in Madaripur, an armed clash over a pond.",
                VIOLENT_DEMONSTRATION,
                ARMED_CLASH,
            ),
        ),
        *rule(
            "a clash not called armed, or a reading no riot or attack, is left as read",
            (
                "Forty villagers were hurt in a clash between two villages in Faridpur.",
                MOB_VIOLENCE,
                MOB_VIOLENCE,
            ),
            (
                "Traders protested against armed clashes in the hills of Bandarban.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
            ("Shops were looted after an armed clash in Narsingdi.", LOOTING, LOOTING),
        ),
    ],
)
def test_a_fight_called_an_armed_clash_is_one(paragraph: str, read: str, expected: str) -> None:
    out = lead_retyped(named_clashes, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
