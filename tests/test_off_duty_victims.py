"""Specs for an armed victim ACLED counts a civilian: off duty, retired, former, or hit at his own home."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection

from kronika.events.battle_rules import off_duty_victims
from kronika.events.taxonomy import acled_event_type


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Gunmen shot and killed an off-duty policeman near a bus stop.", "killed", "Attack"),
        ("Unknown men stabbed and killed a retired soldier in the village.", "killed", "Attack"),
        ("Armed men attacked a police officer at his house in the suburb.", "attacked", "Attack"),
        ("A soldier was shot dead outside his home by unknown men.", "shot", "Attack"),
        # on duty, or a fight, a shootout or a raid told: the clash stands
        ("Gunmen shot and killed a policeman at a checkpoint.", "killed", "Armed clash"),
        ("A former soldier was killed in a shootout with police near the river.", "killed", "Armed clash"),
        ("A retired officer was killed during a police raid at his house.", "killed", "Armed clash"),
        ("Two off-duty soldiers were killed in clashes with rebels near the town.", "killed", "Armed clash"),
        # no armed victim at all: left to the rules on civilian victims
        ("Gunmen shot at a trader outside his home.", "shot", "Armed clash"),
    ],
)
def test_an_off_duty_armed_victim_makes_a_clash_an_attack(sentence: str, trigger: str, expected: str) -> None:
    """ACLED's attack is violence against civilians, and a policeman or soldier off duty, retired or at
    home is one: a lead read as a clash whose sentence names such a victim, and no fight, is an attack."""
    (out,) = off_duty_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert out.type.acled_sub_event_type == expected
    assert out.type.acled_event_type == acled_event_type(expected)


def test_only_a_clash_becomes_an_attack() -> None:
    """A lead of another sub-type (mob violence by residents) is left as it is."""
    sentence = "Residents beat and injured an off-duty policeman at the market."
    (out,) = off_duty_victims(
        [made_up_detection(sentence, "beat", "ASSAULT", "Mob violence")], lead_scope(sentence)
    )
    assert out.type.acled_sub_event_type == "Mob violence"
