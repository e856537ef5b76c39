"""Specs for people the police or soldiers shot, named only as men, people or youths: civilians to ACLED."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection

from kronika.events.victim_rules import civilian_victims


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Riot police officers shot and wounded three men near the bus depot.", "shot", "Attack"),
        ("A policeman shot dead a young man at a roadblock outside Marlo.", "shot", "Attack"),
        ("Soldiers killed four people in the hamlet of Oberbeck on Tuesday.", "killed", "Attack"),
        ("Border forces shot two teenagers crossing the river at night.", "shot", "Attack"),
        # the army, the military and the gendarmes are forces too (the whole force_words core)
        ("The army shot dead two men at a checkpoint near Orvik.", "shot", "Attack"),
        ("Military personnel shot a young man outside the Telma market.", "shot", "Attack"),
        ("A cattle thief was shot dead by gendarmes in the village of Sarno.", "shot", "Attack"),
        # men the sentence names as armed, or a fight told, stay a clash
        ("Soldiers killed two armed men near the quarry.", "killed", "Armed clash"),
        ("Police shot dead three men during an exchange of fire in the market.", "shot", "Armed clash"),
        ("Troops killed five people in clashes with rebels near the ford.", "killed", "Armed clash"),
        # the forces were the ones shot: no civilian victim
        ("Two officers were shot by a man wanted for robbery.", "shot", "Armed clash"),
    ],
)
def test_people_the_forces_shot_are_civilians(sentence: str, trigger: str, expected: str) -> None:
    """A lead armed clash in which police or soldiers shot or killed men, people or youths, with no armed
    victim and no fight told, is ACLED's attack on civilians."""
    (out,) = civilian_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # armed men told first, then civilians, fell with them in a fight (either order)
        ("Four gendarmes and a civilian driver were killed near Torvi.", "killed", "Armed clash"),
        ("Two soldiers and three civilians were wounded at the crossing of Belmo.", "wounded", "Armed clash"),
        ("A civilian and two soldiers were wounded at the crossing of Belmo.", "wounded", "Armed clash"),
        # civilians alone stay the attack's victims
        ("A civilian driver was killed in the ambush near Torvi.", "killed", "Attack"),
        ("Three civilians were wounded at the crossing of Belmo.", "wounded", "Attack"),
    ],
)
def test_civilians_hit_beside_armed_men_fell_in_a_fight(sentence: str, trigger: str, expected: str) -> None:
    """A lead armed clash whose sentence names armed men and civilians among its dead or wounded stays a
    clash; civilians alone make it an attack."""
    (out,) = civilian_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)
