"""Specs for fire opened on police or soldiers told after the lead: the lead's attack hit an armed side, so
ACLED codes it as an armed clash."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.battle_rules import forces_fired_on


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        *rule(
            "fire opened on police or soldiers later in the paragraph makes the attack a fight",
            (" When officers arrived, the men opened fire at the police, wounding two.", "Armed clash"),
            (" The gang then fired on soldiers guarding the road.", "Armed clash"),
            (" As they fled they shot at troops near the bridge.", "Armed clash"),
            (" They then fired at the military escorting the convoy.", "Armed clash"),
            (" Later they opened fire on the gendarmerie in Sollo.", "Armed clash"),
        ),
        *rule(
            "fire on a station, a post or a vehicle, or fire by police, tells no armed victims",
            (" The men later fired at a police station in the town.", "Attack"),
            (" Police opened fire on the fleeing car.", "Attack"),
            (" Soldiers arrived an hour later.", "Attack"),
        ),
    ],
)
def test_fire_opened_on_forces_after_the_lead_makes_a_battle(follow_up: str, expected: str) -> None:
    lead = made_up_detection("Gunmen shot at a housing block in Vado.", "shot", "ASSAULT", "Attack")
    text = lead.sentence.text + follow_up
    (out,) = forces_fired_on([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


def test_fire_on_forces_in_the_lead_sentence_is_left_to_the_lead_rules() -> None:
    sentence = "Gunmen shot at a housing block in Vado and fired at soldiers."
    lead = made_up_detection(sentence, "shot", "ASSAULT", "Attack")
    (out,) = forces_fired_on([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == "Attack"
