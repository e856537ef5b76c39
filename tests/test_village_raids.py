"""Specs for a village, camp or market attacked and its people killed: with no fight told, a lead read as an
armed clash is an attack."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE
from kronika.events.village_raids import village_raids


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a village, camp or market attacked and its people killed was attacked",
            ("Gunmen attacked a village near the river in Jonglei, killing nine villagers.", ATTACK),
            ("Militants attacked the IDP camp at Dori. Twelve civilians were reportedly killed.", ATTACK),
            ("Raiders attacked the cattle market in Kapoeta, killing four people.", ATTACK),
        ),
        *rule(
            "a fight told, no one killed or no place attacked stays a clash",
            (
                "Gunmen attacked a village in Jonglei, killing nine villagers; local youths repelled them.",
                ARMED_CLASH,
            ),
            (
                "Militants attacked the village of Tin. Two soldiers died in the exchange of fire.",
                ARMED_CLASH,
            ),
            ("Gunmen attacked a village near the river in Jonglei and stole cattle.", ARMED_CLASH),
            ("Rebels attacked an army post near Pibor, killing three soldiers.", ARMED_CLASH),
        ),
    ],
)
def test_a_village_attacked_and_its_people_killed_was_attacked(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, "attacked", "ASSAULT", ARMED_CLASH)
    (out,) = village_raids([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_an_armed_clash_is_retyped() -> None:
    paragraph = "Gunmen attacked a village near the river in Jonglei, killing nine villagers."
    lead = made_up_detection(paragraph, "attacked", "ASSAULT", MOB_VIOLENCE)
    (out,) = village_raids([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == MOB_VIOLENCE
