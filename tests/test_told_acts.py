"""Specs for leads retyped by one act their sentence tells: shots in a clash of no crowd or force make an
armed clash, tyres burned in a protest a violent demonstration."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.lead_rules import LeadRule
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
    acled_event_type,
)
from kronika.events.told_acts import shots_in_a_clash, tyres_burned


def _retyped(step: LeadRule, sentence: str, reading: str) -> str | None:
    """The sub-type the step gives a lead of `sentence` read as `reading`, checking its type agrees."""
    lead = made_up_detection(sentence, sentence.split()[0], "ASSAULT", reading)
    (out,) = step([lead], lead_scope(sentence))
    assert out.type.acled_event_type == acled_event_type(out.type.acled_sub_event_type or "")
    return out.type.acled_sub_event_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "shots in a clash of no crowd or force make it an armed clash",
            ("Two men were shot during an altercation between rival factions of the party.", ARMED_CLASH),
            ("Rival smugglers clashed near the ferry ghat and fired guns at each other.", ARMED_CLASH),
            ("One man was hit by a bullet in a clash over a fishing ground.", ARMED_CLASH),
        ),
        *rule(
            "a clash with a crowd, a protest or a force, or with no shots, stays mob violence",
            ("Two men were shot when villagers clashed over a fishing ground.", MOB_VIOLENCE),
            ("Police fired rubber bullets as rival activists clashed in the market.", MOB_VIOLENCE),
            ("Two men were hurt in a clash between rival factions of the party.", MOB_VIOLENCE),
            ("Activists clashed at a rally and one was shot.", MOB_VIOLENCE),
        ),
    ],
)
def test_shots_in_a_clash_make_an_armed_clash(sentence: str, expected: str) -> None:
    assert _retyped(shots_in_a_clash, sentence, MOB_VIOLENCE) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "tyres burned or fires lit in a protest make it violent",
            ("Traders burned tyres on the highway to protest the market closure.", VIOLENT_DEMONSTRATION),
            ("Farmers blocked the road with lit fires over maize prices.", VIOLENT_DEMONSTRATION),
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


def test_each_rule_retypes_only_its_reading() -> None:
    assert _retyped(shots_in_a_clash, "Two men were shot in a clash over land.", ATTACK) == ATTACK
    sentence = "Traders burned tyres to protest the closure."
    assert _retyped(tyres_burned, sentence, ARMED_CLASH) == ARMED_CLASH
