"""Specs for an unarmed drone brought down: a lead read as a fight, a strike or an attack whose paragraph
tells a surveillance, reconnaissance or unarmed drone shot down or captured is property destruction."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.downed_drones import downed_drones
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    DISRUPTED_WEAPONS,
    LOOTING,
    PEACEFUL_PROTEST,
)


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "an unarmed drone shot down, downed or captured is property destroyed",
            ("Rebels shot down a reconnaissance drone over the ridge near Kadugli.", ATTACK, LOOTING),
            (
                "Militants downed and captured a small surveillance UAV east of Rafah.",
                DISRUPTED_WEAPONS,
                LOOTING,
            ),
            (
                "Fighters fired an anti-aircraft missile at a drone used for surveillance near Marib.",
                ARMED_CLASH,
                LOOTING,
            ),
            ("Guards shot at a drone. They captured the unarmed drone in a field.", ATTACK, LOOTING),
        ),
        *rule(
            "an armed drone or one not brought down is left as read",
            (
                "Forces shot down three attack drones over the port city.",
                DISRUPTED_WEAPONS,
                DISRUPTED_WEAPONS,
            ),
            ("A surveillance drone flew over the camp before the raid on the village.", ATTACK, ATTACK),
        ),
        *rule(
            "a protest is no downing",
            (
                "Villagers protested after a spy drone was shot down near their farms.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_an_unarmed_drone_brought_down_is_property_destruction(
    paragraph: str, read: str, expected: str
) -> None:
    out = lead_retyped(downed_drones, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
