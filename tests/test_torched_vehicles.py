"""Specs for a riot told by the vehicles its crowd set on fire: the lead mob violence is a violent
demonstration, unless the paragraph tells people harmed, a clash, a mob or a road accident."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.taxonomy import ATTACK, MOB_VIOLENCE, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
from kronika.events.torched_vehicles import torched_vehicles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "vehicles torched, set on fire, set ablaze or burnt are the vandalism of a demonstration",
            ("Three buses were set on fire near the party office in Feni.", VIOLENT_DEMONSTRATION),
            (
                "Activists torched two trucks on the highway in Bogra ahead of the shutdown.",
                VIOLENT_DEMONSTRATION,
            ),
            ("Youths set ablaze a car at the crossing in Pabna.", VIOLENT_DEMONSTRATION),
            (
                "Party men burned several vehicles in Khulna. Police arrested four of them.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "people harmed or attacked, a clash or a mob make it the other riot",
            ("Locals set fire to a car and beat its owner in Jessore.", MOB_VIOLENCE),
            ("Two passengers were hurt as youths torched a bus in Sylhet.", MOB_VIOLENCE),
            ("Villagers clashed and burnt three vehicles in Rangpur.", MOB_VIOLENCE),
            ("A mob torched a bus at the stand in Barisal.", MOB_VIOLENCE),
            ("Youths torched a lorry in Tangail and injured its driver.", MOB_VIOLENCE),
        ),
        *rule(
            "a road accident the crowd avenged makes it a mob's",
            ("Residents set fire to the bus after it hit a cyclist in Gazipur.", MOB_VIOLENCE),
            ("Locals torched a truck following a collision with a rickshaw in Savar.", MOB_VIOLENCE),
            ("Students burned two buses after a classmate died in a road accident.", MOB_VIOLENCE),
        ),
        *rule(
            "no vehicle burnt leaves the reading",
            ("Youths set fire to a shop in Feni.", MOB_VIOLENCE),
            ("A bus was stopped by villagers in Bogra.", MOB_VIOLENCE),
        ),
    ],
)
def test_torched_vehicles_are_a_violent_demonstration(paragraph: str, expected: str) -> None:
    out = lead_retyped(torched_vehicles, paragraph, "ASSAULT", MOB_VIOLENCE)
    assert_sub_type(out, expected)


@pytest.mark.parametrize("sub", [ATTACK, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION])
def test_only_a_lead_mob_violence_is_retyped(sub: str) -> None:
    out = lead_retyped(torched_vehicles, "Youths torched two buses in Feni.", "ASSAULT", sub)
    assert_sub_type(out, sub)
