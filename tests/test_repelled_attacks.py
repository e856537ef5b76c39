"""Specs for an attack driven back: a lead attack whose paragraph tells the attackers repelled, repulsed,
fought off or forced to retreat is an armed clash; so is a lead attack or looting whose paragraph tells
police or soldiers who intervened and killed, routed or chased the attackers."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.repelled_attacks import forces_intervened, repelled_attacks
from kronika.events.taxonomy import ABDUCTION, ARMED_CLASH, ATTACK, LOOTING


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
    assert_sub_type(out, expected)


def test_only_an_attack_is_retyped() -> None:
    paragraph = "Gunmen abducted two traders near Yei. Police repulsed them later."
    lead = made_up_detection(paragraph, "abducted", "ASSAULT", ABDUCTION)
    (out,) = repelled_attacks([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ABDUCTION


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "police or soldiers who intervened and fought the attackers make it a clash",
            (
                "Raiders attacked Lokori and drove off 300 goats. Police intervened, killing four raiders.",
                ATTACK,
                ARMED_CLASH,
            ),
            (
                "Gunmen attacked a bus near Garba. Soldiers intervened and shot two of them.",
                ATTACK,
                ARMED_CLASH,
            ),
            (
                "Militants tried to loot a convoy near Titao; the army intervened and the militants fled.",
                LOOTING,
                ARMED_CLASH,
            ),
            (
                "Bandits raided shops in Maradi. Gendarmes intervened and chased the bandits.",
                LOOTING,
                ARMED_CLASH,
            ),
        ),
        *rule(
            "forces that only intervened, or met a crowd or a clash, leave it be",
            (
                "Raiders attacked Lokori and drove off 300 goats. Police intervened later that day.",
                ATTACK,
                ATTACK,
            ),
            (
                "Youths attacked traders at a rally in Kisii. Police intervened, shooting two rioters.",
                ATTACK,
                ATTACK,
            ),
            (
                "Gunmen looted a shop in Maradi. Police intervened after the clash, killing one man.",
                LOOTING,
                LOOTING,
            ),
            (
                "Gunmen attacked a farm near Bama and killed two herders. Police arrived later.",
                ATTACK,
                ATTACK,
            ),
        ),
    ],
)
def test_forces_that_intervened_fought(paragraph: str, reading: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0].split("; ")[0]
    trigger = next(w for w in ("attacked", "loot", "raided", "looted") if w in sentence)
    lead = made_up_detection(sentence, trigger, "ASSAULT", reading)
    (out,) = forces_intervened([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == expected


def test_forces_intervening_retype_no_abduction() -> None:
    paragraph = "Gunmen abducted two traders near Yei. Police intervened, killing one gunman."
    lead = made_up_detection(paragraph, "abducted", "ASSAULT", ABDUCTION)
    (out,) = forces_intervened([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ABDUCTION
