"""Specs for an attack made after the attackers were driven back elsewhere: the fight they lost ('after being
repelled in an attack on the army post') is another event's, so neither its armed men nor its repulse make
the lead attack a clash."""

from __future__ import annotations

import pytest
from builders import lead_retyped, rule

from kronika.events.repelled_attacks import repelled_attacks
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.events.victim_rules import armed_targets


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "an earlier attack driven back names no victim of the lead's",
            (
                "Rebels killed six herders near Tonj after being routed while attacking the army base.",
                ATTACK,
            ),
            (
                "Militants killed two traders after being repulsed while attacking the police station.",
                ATTACK,
            ),
        ),
        *rule(
            "armed men the lead itself hit still make it a clash",
            ("Rebels killed two soldiers at the army base near Tonj before dawn.", ARMED_CLASH),
            ("Militants attacked the police post at Kaya and killed a policeman.", ARMED_CLASH),
        ),
    ],
)
def test_armed_men_of_an_earlier_repulse_are_not_the_leads(paragraph: str, expected: str) -> None:
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", ATTACK).type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "an earlier repulse is not this attack's",
            (
                "Militants killed four villagers. They withdrew after being repelled in an attack on Kaya.",
                ATTACK,
            ),
            ("Raiders burned a camp near Tonj after being repulsed from the town.", ATTACK),
        ),
        *rule(
            "the lead's attackers repelled fought",
            ("Militants attacked Kaya at dawn. Soldiers repelled them after an hour.", ARMED_CLASH),
            ("Raiders attacked a camp near Tonj but were repulsed by the youths.", ARMED_CLASH),
        ),
    ],
)
def test_an_earlier_repulse_makes_no_clash(paragraph: str, expected: str) -> None:
    assert lead_retyped(repelled_attacks, paragraph, "ASSAULT", ATTACK).type.acled_sub_event_type == expected
