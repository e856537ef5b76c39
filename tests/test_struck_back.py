"""Specs for an attack the troops struck back at: a lead one-sided attack, shelling, air strike, explosion or
grenade attack on troops, tanks, posts or convoys, whose paragraph tells the troops killing, targeting or
striking the attackers, is an armed clash."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.struck_back import forces_struck, struck_back
from kronika.events.taxonomy import (
    AIR_STRIKE,
    ARMED_CLASH,
    ATTACK,
    LOOTING,
    REMOTE_EXPLOSIVE,
    SHELLING,
)


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "troops who struck or killed the attackers fought them",
            (
                "On 4 March 2022, Tamar Front militants fired rockets at two army tanks near Dosk. "
                "The army said it killed four militants who fired the rockets.",
                SHELLING,
                ARMED_CLASH,
            ),
            (
                "On 9 June 2021, militants detonated a mine under an army patrol near Varu. Army "
                "helicopters then opened fire on the militants as they fled.",
                REMOTE_EXPLOSIVE,
                ARMED_CLASH,
            ),
            (
                "Militants targeted government troops with mortars east of Halden. Jets later launched a "
                "raid targeting the militants in the hills.",
                AIR_STRIKE,
                ARMED_CLASH,
            ),
            (
                "Gunmen ambushed a police convoy on the Kerra road. Officers returned to the scene and "
                "killed two of the attackers.",
                ATTACK,
                ARMED_CLASH,
            ),
        ),
        *rule(
            "no strike on the attackers told, or one only passive, leaves the lead as read",
            (
                "Militants fired rockets at army positions near Dosk. No casualties were reported.",
                SHELLING,
                SHELLING,
            ),
            (
                "Insurgents detonated a mine under an army patrol near Varu. Two insurgents were killed "
                "when the mine went off early.",
                REMOTE_EXPLOSIVE,
                REMOTE_EXPLOSIVE,
            ),
        ),
        *rule(
            "a lead that is the forces' own strike, or hit no troops, is left as read",
            (
                "Army warplanes struck rebel positions near Halden. A second raid hit the militants' depot.",
                AIR_STRIKE,
                AIR_STRIKE,
            ),
            (
                "Gunmen attacked a wedding party in Kerra. Police later killed two of the attackers.",
                ATTACK,
                ATTACK,
            ),
        ),
        *rule(
            "a reading that is no one-sided violence is kept",
            (
                "Militants attacked an army post near Dosk and took its stores. Troops killed the militants "
                "a day later.",
                LOOTING,
                LOOTING,
            ),
        ),
    ],
)
def test_an_attack_on_troops_they_struck_back_at_is_an_armed_clash(
    paragraph: str, read: str, expected: str
) -> None:
    out = lead_retyped(struck_back, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "troops whose guns or aircraft struck in turn fought",
            (
                "On 3 May 2024, the Fenra Brigade fired mortar rounds at army troops east of Dosk. Army "
                "artillery and tanks shelled targets in the same area.",
                SHELLING,
                ARMED_CLASH,
            ),
            (
                "Militants targeted troops stationed near Varu with rockets. Also, army drones struck "
                "several positions nearby.",
                SHELLING,
                ARMED_CLASH,
            ),
        ),
        *rule(
            "no strike in turn, or the lead's own air strike, stays as read",
            (
                "Militants fired mortar rounds at army troops east of Dosk. Casualties are unknown.",
                SHELLING,
                SHELLING,
            ),
            (
                "Warplanes struck army positions near Varu. Army artillery shelled the hills later.",
                AIR_STRIKE,
                AIR_STRIKE,
            ),
            (
                "Militants fired mortar rounds at a school near Dosk. Army artillery shelled the hills.",
                SHELLING,
                SHELLING,
            ),
        ),
    ],
)
def test_an_attack_on_troops_whose_guns_struck_in_turn_is_an_armed_clash(
    paragraph: str, read: str, expected: str
) -> None:
    out = lead_retyped(forces_struck, paragraph, "ASSAULT", read)
    assert_sub_type(out, expected)
