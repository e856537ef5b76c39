"""Specs for two groups or factions of a crowd fighting each other: the lead protest or violent demonstration
is mob violence, unless the paragraph names a protest or demonstration."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.group_clashes import clash_between_groups
from kronika.events.taxonomy import (
    ARMED_CLASH,
    EXCESSIVE_FORCE,
    INTERVENTION,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "two groups that clashed with each other fought among themselves: a mob",
            ("Two groups of rickshaw pullers clashed at the bus stand in Feni.", MOB_VIOLENCE),
            ("Eight were hurt in a clash between two groups of the youth wing in Bogra.", MOB_VIOLENCE),
            ("Supporters of the mayor clashed with each other over a tender in Pabna.", MOB_VIOLENCE),
            ("The traders clashed among themselves at the market in Khulna.", MOB_VIOLENCE),
            ("Both groups of villagers later clashed near the pond in Jessore.", MOB_VIOLENCE),
            ("Two rival factions of the student wing clashed on the campus in Sylhet.", MOB_VIOLENCE),
            ("Ten were hurt in a factional clash of the party in Comilla.", MOB_VIOLENCE),
            ("Supporters of two council candidates clashed over the count in Noakhali.", MOB_VIOLENCE),
            ("Youths of the two villages hurled stones at each other in Kushtia.", MOB_VIOLENCE),
        ),
        *rule(
            "a rally, a procession or a road blocked beside it makes no demonstration",
            ("Two groups of league men clashed after a rally over a dispute in Sylhet.", MOB_VIOLENCE),
            (
                "Two groups of drivers clashed at the terminal. They blocked a road and burned a tyre.",
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "a protest or demonstration named keeps the reading: a faction's demonstration turned violent",
            (
                "Two groups of lawyers clashed with each other during demonstrations in Colombo.",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Two groups clashed in Feni after one of them staged a protest against the mayor.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "a crowd that clashed with police or others, not with its own, is left to the other rules",
            ("Students clashed with police on the highway in Dhaka.", VIOLENT_DEMONSTRATION),
            ("Groups of youths threw stones at the two buses in Rajshahi.", VIOLENT_DEMONSTRATION),
        ),
    ],
)
def test_two_groups_clashing_are_a_mob(paragraph: str, expected: str) -> None:
    out = lead_retyped(clash_between_groups, paragraph, "PROTEST", VIOLENT_DEMONSTRATION)
    assert_sub_type(out, expected)


@pytest.mark.parametrize("sub", [PEACEFUL_PROTEST, INTERVENTION, VIOLENT_DEMONSTRATION])
def test_a_lead_protest_or_riot_of_a_demonstration_is_retyped(sub: str) -> None:
    out = lead_retyped(
        clash_between_groups, "Two groups of workers clashed with each other in Feni.", "ASSAULT", sub
    )
    assert_sub_type(out, MOB_VIOLENCE)


@pytest.mark.parametrize("sub", [ARMED_CLASH, EXCESSIVE_FORCE, MOB_VIOLENCE])
def test_other_leads_are_left_as_read(sub: str) -> None:
    out = lead_retyped(
        clash_between_groups, "Two groups of workers clashed with each other in Feni.", "ASSAULT", sub
    )
    assert_sub_type(out, sub)
