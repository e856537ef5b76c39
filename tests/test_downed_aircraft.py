"""Specs for a manned aircraft brought down: a lead read as an attack, an air strike or a clash whose
paragraph tells a helicopter, plane or jet shot down, and no fight, bombing or drone, is a missile attack."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.downed_aircraft import downed_aircraft
from kronika.events.taxonomy import (
    AIR_STRIKE,
    ARMED_CLASH,
    ATTACK,
    DISRUPTED_WEAPONS,
    SHELLING,
)


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "a helicopter, plane or jet shot down or downed was hit by a missile",
            ("Insurgents claimed to have shot down an army helicopter near Tessit.", ATTACK, SHELLING),
            ("The northern front downed a military transport plane over Kamdi.", AIR_STRIKE, SHELLING),
            (
                "On 2 March 2019, border troops shot down a chartered cargo plane near Wajo airstrip, "
                "killing its three crew. The government denied it.",
                ATTACK,
                SHELLING,
            ),
            ("Gunmen brought down a police gunship in the hills above Ranko.", ARMED_CLASH, SHELLING),
        ),
        *rule(
            "a downing told in a fight or a bombing, or a drone's, is left as read",
            (
                "Rebels shot down a helicopter during heavy clashes with the army near Tamba.",
                ARMED_CLASH,
                ARMED_CLASH,
            ),
            (
                "Fighters shot down a jet that was bombing their positions near Kurmak.",
                AIR_STRIKE,
                AIR_STRIKE,
            ),
            ("Militants downed an unmanned aircraft over the valley.", ATTACK, ATTACK),
        ),
        *rule(
            "a plane that was not brought down tells nothing",
            ("Gunmen opened fire on a passenger plane as it landed at Boda.", ATTACK, ATTACK),
        ),
        *rule(
            "a reading outside attacks, strikes and clashes is kept",
            ("Troops shot down a fighter jet over the border.", DISRUPTED_WEAPONS, DISRUPTED_WEAPONS),
        ),
    ],
)
def test_an_aircraft_shot_down_is_a_missile_attack(paragraph: str, read: str, expected: str) -> None:
    out = lead_retyped(downed_aircraft, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
