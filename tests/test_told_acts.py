"""Specs for leads retyped by one act their sentence tells: tyres burned or fires lit make a protest a
violent demonstration, civilian vehicles attacked with no fight an attack."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.lead_rules import LeadRule
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from kronika.events.told_acts import civilian_vehicles, ensuing_clash, tyres_burned


def _retyped(step: LeadRule, sentence: str, reading: str, plover: str = "PROTEST") -> str | None:
    """The sub-type the step gives a lead of `sentence` read as `reading`, checking its type agrees."""
    lead = made_up_detection(sentence, sentence.split()[0], plover, reading)
    (out,) = step([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type is not None
    assert_sub_type(out, out.type.acled_sub_event_type)
    return out.type.acled_sub_event_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "tyres burned or fires lit in a protest make it violent",
            ("Traders burned tyres on the highway to protest the market closure.", VIOLENT_DEMONSTRATION),
            ("Youths lit fires at the junction to protest power cuts.", VIOLENT_DEMONSTRATION),
            ("Residents set fire to tires at the council office demanding water.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "a protest with no fire set stays peaceful",
            ("Traders marched on the highway to protest the closure of the market.", PEACEFUL_PROTEST),
            ("Residents protested at the council office after a fire destroyed homes.", PEACEFUL_PROTEST),
        ),
    ],
)
def test_tyres_burned_make_a_protest_violent(sentence: str, expected: str) -> None:
    assert _retyped(tyres_burned, sentence, PEACEFUL_PROTEST) == expected


def test_only_a_peaceful_protest_is_retyped() -> None:
    sentence = "Traders burned tyres to protest the closure."
    assert _retyped(tyres_burned, sentence, ARMED_CLASH) == ARMED_CLASH


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "civilian vehicles attacked, no fight or force told, were attacked",
            ("Gunmen ambushed a passenger bus on the highway near the border.", ATTACK),
            ("Militants opened fire on a commercial truck outside the town.", ATTACK),
            ("Bandits attacked an aid convoy on the road to the camp.", ATTACK),
        ),
        *rule(
            "a fight, an escort or a force told, or no vehicle attacked, stays a clash",
            ("Militants ambushed a passenger bus and fought the soldiers escorting it.", ARMED_CLASH),
            ("Gunmen attacked a company convoy and police returned fire.", ARMED_CLASH),
            ("Gunmen attacked a village near the highway.", ARMED_CLASH),
        ),
    ],
)
def test_civilian_vehicles_attacked_were_attacked(sentence: str, expected: str) -> None:
    assert _retyped(civilian_vehicles, sentence, ARMED_CLASH, "ASSAULT") == expected


def test_only_an_armed_clash_is_retyped_for_a_vehicle() -> None:
    sentence = "Gunmen ambushed a passenger bus on the highway."
    assert _retyped(civilian_vehicles, sentence, MOB_VIOLENCE, "ASSAULT") == MOB_VIOLENCE


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "an attack after which a clash ensued was fought",
            (
                "Gunmen shot a village chief at his farm. Guards nearby responded and there was a clash.",
                ARMED_CLASH,
            ),
            (
                "Bandits raided the market at dawn and an exchange of fire ensued with local hunters.",
                ARMED_CLASH,
            ),
        ),
        *rule(
            "an attack told with no ensuing fight stays one",
            ("Gunmen shot a village chief at his farm and fled on motorbikes.", ATTACK),
            ("Bandits raided the market at dawn. There was panic in the town.", ATTACK),
        ),
    ],
)
def test_an_attack_after_which_a_clash_ensued_was_fought(paragraph: str, expected: str) -> None:
    out = lead_retyped(ensuing_clash, paragraph, "ASSAULT", ATTACK)
    assert out.type.acled_sub_event_type == expected
