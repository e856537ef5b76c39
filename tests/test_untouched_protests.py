"""Specs for a protest whose coder says no physical interaction or confrontation took place: the lead protest
typed as met with intervention is a peaceful one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
from kronika.events.untouched_protests import untouched_protest


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "police who came, stopped or dispersed the crowd without touching it did not intervene",
            (
                "Rickshaw drivers demonstrated in Bogura against a ban on their vehicles. Police arrived "
                "and calmed the crowd. No physical interaction was reported.",
                PEACEFUL_PROTEST,
            ),
            (
                "Some 200 tenants staged a sit-in at the housing office in Khulna. Police dispersed them in "
                "the evening without any physical interaction.",
                PEACEFUL_PROTEST,
            ),
            (
                "Supporters of the mayor rallied in Tucson. Police separated them from a counter group; "
                "there was no confrontation.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "someone killed or hurt keeps the intervention",
            (
                "Students marched in Sylhet. Police dispersed them and two were injured, though there was "
                "no physical confrontation with the marchers.",
                INTERVENTION,
            ),
        ),
        *rule(
            "a paragraph that does not say so is left to the other rules",
            ("Traders protested in Nakuru. Police dispersed them with tear gas.", INTERVENTION),
        ),
    ],
)
def test_a_protest_no_one_touched_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(untouched_protest, paragraph, "PROTEST", INTERVENTION)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


@pytest.mark.parametrize(
    ("plover", "sub"),
    [("PROTEST", VIOLENT_DEMONSTRATION), ("PROTEST", PEACEFUL_PROTEST), ("COERCE", INTERVENTION)],
)
def test_only_a_protest_typed_as_met_with_intervention_is_retyped(plover: str, sub: str) -> None:
    paragraph = "Drivers protested in Mombasa. Police stopped the march without any physical contact."
    lead = made_up_detection("Drivers protested in Mombasa.", "protested", plover, sub)
    (out,) = untouched_protest([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub
