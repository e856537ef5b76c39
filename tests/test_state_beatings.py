"""Specs for a beating a force's men gave: a lead read as mob violence whose sentence tells police, guards
or soldiers who assaulted, beat or tortured someone, or someone so harmed by them or in their custody, and
no protest, clash or explosive, is an attack; so is a lead arrest whose sentence tells someone who died in
custody."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.state_beatings import custody_deaths, state_beatings
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    MOB_VIOLENCE,
    OTHER,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)


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
    assert_sub_type(out, expected)


def test_only_mob_violence_is_retyped() -> None:
    sentence = "Two constables beat a rickshaw puller at the market in Jessore."
    lead = made_up_detection(sentence, "beat", "ASSAULT", VIOLENT_DEMONSTRATION)
    (out,) = state_beatings([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("sentence", "reading", "expected"),
    [
        *rule(
            "someone who died in custody, detention or jail was attacked",
            (
                "A detained tailor died in police custody in Narsingdi two days after his arrest.",
                ARRESTS,
                ATTACK,
            ),
            (
                "A party organiser died during his detention at Bogura jail, weeks after his arrest.",
                ARRESTS,
                ATTACK,
            ),
            (
                "A farmer was allegedly tortured to death in custody at the Ramu police outpost.",
                OTHER,
                ATTACK,
            ),
            (
                "The regime's best-known critic died in a remote prison on Friday, officials said.",
                ARMED_CLASH,
                ATTACK,
            ),
        ),
        *rule(
            "an arrest with no death in custody, or a protest over one, stays as read",
            ("Police arrested a tailor in Narsingdi over a land dispute.", ARRESTS, ARRESTS),
            ("Relatives protested after a tailor died in police custody in Narsingdi.", ARRESTS, ARRESTS),
            (
                "A tailor died in police custody in Narsingdi; his family marched to the station.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_a_death_in_custody_is_an_attack(sentence: str, reading: str, expected: str) -> None:
    lead = made_up_detection(sentence, sentence.split()[1], "COERCE", reading)
    (out,) = custody_deaths([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected
