"""Specs for a beating a force's men gave: a lead read as mob violence whose sentence tells police, guards
or soldiers who assaulted, beat or tortured someone, or someone so harmed by them or in their custody, and
no protest, clash or explosive, is an attack."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.state_beatings import state_beatings
from kronika.events.taxonomy import ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION, acled_event_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "a force's men who beat someone attacked",
            ("Two constables beat a rickshaw puller at the market in Jessore.", ATTACK),
            ("Four Ansar members assaulted and injured a student after a row over a queue.", ATTACK),
            ("Police officers allegedly tortured a day labourer in custody in Feni.", ATTACK),
        ),
        *rule(
            "someone beaten by a force's men, or in their custody, station or jail, was attacked",
            ("Two farmhands were tortured in the Rampur police station after a dispute.", ATTACK),
            ("A ferry porter was allegedly beaten to death by prison guards in Bhola.", ATTACK),
            ("A vendor was severely beaten in police custody in Comilla.", ATTACK),
        ),
        *rule(
            "force's men who were beaten, or someone beaten elsewhere, stay mob violence",
            ("Two police officers were assaulted by villagers at the market in Sylhet.", MOB_VIOLENCE),
            ("A vendor was beaten by his neighbours near the police station gate.", MOB_VIOLENCE),
        ),
        *rule(
            "a protest, a clash or a blast told, or no force beating, stays mob violence",
            ("Police beat two youths during a protest over fuel prices in Khulna.", MOB_VIOLENCE),
            ("Soldiers beat villagers after a clash over land in Bandarban.", MOB_VIOLENCE),
            ("Villagers beat a suspected thief to death in Tangail.", MOB_VIOLENCE),
            ("Locals assaulted two police officers at the market in Sylhet.", MOB_VIOLENCE),
            ("Prices rose after the army took over the market; a trader was beaten.", MOB_VIOLENCE),
        ),
    ],
)
def test_a_beating_by_a_force_is_an_attack(sentence: str, expected: str) -> None:
    lead = made_up_detection(sentence, sentence.split()[1], "ASSAULT", MOB_VIOLENCE)
    (out,) = state_beatings([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected
    assert out.type.acled_event_type == acled_event_type(expected)


def test_only_mob_violence_is_retyped() -> None:
    sentence = "Two constables beat a rickshaw puller at the market in Jessore."
    lead = made_up_detection(sentence, "beat", "ASSAULT", VIOLENT_DEMONSTRATION)
    (out,) = state_beatings([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == VIOLENT_DEMONSTRATION
