"""Specs for leads retyped by one act their sentence tells: tyres burned or fires lit make a protest a
violent demonstration."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.lead_rules import LeadRule
from kronika.events.taxonomy import (
    ARMED_CLASH,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
    acled_event_type,
)
from kronika.events.told_acts import tyres_burned


def _retyped(step: LeadRule, sentence: str, reading: str) -> str | None:
    """The sub-type the step gives a lead of `sentence` read as `reading`, checking its type agrees."""
    lead = made_up_detection(sentence, sentence.split()[0], "PROTEST", reading)
    (out,) = step([lead], lead_scope(sentence))
    assert out.type.acled_event_type == acled_event_type(out.type.acled_sub_event_type or "")
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
