"""Specs for an attack driven back: a lead attack whose paragraph tells the attackers repelled, repulsed,
fought off or forced to retreat is an armed clash."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.repelled_attacks import repelled_attacks
from kronika.events.taxonomy import ABDUCTION, ARMED_CLASH, ATTACK, acled_event_type


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "attackers driven back fought",
            ("Gunmen attacked the camp near Yei. Guards repulsed them.", ARMED_CLASH),
            ("Raiders attacked a village in Pibor but residents forced them to retreat.", ARMED_CLASH),
            ("Militants attacked a checkpoint at dawn; the attack was repelled.", ARMED_CLASH),
            ("Bandits attacked the herders, who fought them back with spears.", ARMED_CLASH),
            ("Gunmen attacked a farm near Djibasso. Troops came and routed the assailants.", ARMED_CLASH),
            ("Bandits attacked a market in Koulpelogo. Volunteers chased the bandits away.", ARMED_CLASH),
            ("Insurgents attacked the post at night; gendarmes pushed them back.", ARMED_CLASH),
        ),
        *rule(
            "attackers routed, or an attack foiled or thwarted, met armed resistance too",
            ("Rebels attacked a village near Tamok; a militia came and routed the rebels.", ARMED_CLASH),
            ("Gunmen attacked the post at Bora, but the guards thwarted the attack.", ARMED_CLASH),
            ("Militants attacked a convoy near Gudo. Soldiers foiled the ambush.", ARMED_CLASH),
        ),
        *rule(
            "an attack no one drove back stays an attack",
            ("Gunmen attacked the camp near Yei and burned ten huts.", ATTACK),
            ("Raiders attacked a village in Pibor; residents fled to the bush.", ATTACK),
            ("Gunmen attacked a convoy routed through Tambura and killed a driver.", ATTACK),
            ("Gunmen attacked the post at Bora and routed the traders from their stalls.", ATTACK),
        ),
    ],
)
def test_an_attack_driven_back_is_a_clash(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, "attacked", "ASSAULT", ATTACK)
    (out,) = repelled_attacks([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == expected
    assert out.type.acled_event_type == acled_event_type(expected)


def test_only_an_attack_is_retyped() -> None:
    paragraph = "Gunmen abducted two traders near Yei. Police repulsed them later."
    lead = made_up_detection(paragraph, "abducted", "ASSAULT", ABDUCTION)
    (out,) = repelled_attacks([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ABDUCTION
