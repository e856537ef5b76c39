"""Specs for a protest whose paragraph's only words of holding tell others held (a suspect arrested in
connection with a crime, people imprisoned, vehicles the crowd stopped): the lead protest typed as met with
intervention is a peaceful one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.others_held import others_held
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a suspect arrested in connection with the crime a protest is about is no action on it",
            (
                "Villagers rallied in Baidoa over the killing of a farmer. The regional police detained a "
                "neighbour in connection with the killing.",
                PEACEFUL_PROTEST,
            ),
            (
                "Traders marched in Kisumu against a robbery. Two men were arrested in connection with it.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "people the protest says were imprisoned are its grievance",
            (
                "Monks rallied in Galle. They said the government imprisoned their abbot without trial.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "vehicles the crowd held or stopped are no police action",
            (
                "Farmers staged a protest in Shillong and detained 14 sand trucks on the bypass.",
                PEACEFUL_PROTEST,
            ),
            (
                "Drivers rallied in Tura and stopped the lorries of a rival union at the toll gate.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "any other word of police action keeps the intervention",
            (
                "Villagers rallied in Baidoa over a killing. Police detained a man in connection with it "
                "and dispersed the crowd.",
                INTERVENTION,
            ),
            (
                "Farmers staged a protest in Shillong and stopped 14 trucks. Officers arrested six of them.",
                INTERVENTION,
            ),
            (
                "Monks rallied in Galle against imprisoned abbots. Soldiers pushed them back.",
                INTERVENTION,
            ),
        ),
        *rule(
            "a paragraph with no one else held is left to the other rules",
            ("Students held a sit-in in Medan. It ended at noon.", INTERVENTION),
        ),
    ],
)
def test_a_protest_whose_only_holdings_are_others_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(others_held, paragraph, "PROTEST", INTERVENTION)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


@pytest.mark.parametrize(
    ("plover", "sub"),
    [("PROTEST", VIOLENT_DEMONSTRATION), ("PROTEST", PEACEFUL_PROTEST), ("COERCE", INTERVENTION)],
)
def test_only_a_protest_typed_as_met_with_intervention_is_retyped(plover: str, sub: str) -> None:
    paragraph = "Traders marched in Kisumu. Two men were arrested in connection with a robbery."
    lead = made_up_detection(paragraph, "marched", plover, sub)
    (out,) = others_held([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub
