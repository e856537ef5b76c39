"""Specs for an air strike answered from the ground: a lead read as an air strike whose paragraph tells air
defences or anti-aircraft fire intercepting, confronting or answering it is an armed clash."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.answered_strikes import answered_strikes
from kronika.events.taxonomy import AIR_STRIKE, ARMED_CLASH, ATTACK, SHELLING


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "air defences or anti-aircraft fire that met the strike made it a fight",
            (
                "On 3 June 2019, foreign jets struck a depot near Tal Rifa. Government air defences "
                "attempted to intercept the missiles. No casualties were reported.",
                AIR_STRIKE,
                ARMED_CLASH,
            ),
            (
                "Warplanes raided a barracks west of Kamra. Some of the missiles were intercepted by the "
                "army's air defence systems.",
                AIR_STRIKE,
                ARMED_CLASH,
            ),
            (
                "Army helicopters bombed militia positions at Deba, and the militia responded with "
                "anti-aircraft guns.",
                AIR_STRIKE,
                ARMED_CLASH,
            ),
        ),
        *rule(
            "an air strike no one answered, or air defences in a drill, is left as read",
            ("Jets struck a weapons depot near Tal Rifa, destroying it.", AIR_STRIKE, AIR_STRIKE),
            (
                "Warplanes bombed a camp near Deba. Air defences in the capital held drills to intercept "
                "drones the same day.",
                AIR_STRIKE,
                AIR_STRIKE,
            ),
        ),
        *rule(
            "a reading other than an air strike is kept",
            (
                "Rebels fired anti-aircraft guns at army positions and responded to shelling.",
                SHELLING,
                SHELLING,
            ),
            ("Gunmen attacked a village. Air defences intercepted a drone elsewhere.", ATTACK, ATTACK),
        ),
    ],
)
def test_an_air_strike_air_defences_answered_is_an_armed_clash(
    paragraph: str, read: str, expected: str
) -> None:
    out = lead_retyped(answered_strikes, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
