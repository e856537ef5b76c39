"""Specs for harm told before the protest it sparked: the lead read as a protest is the attack."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.sparked_protests import harm_sparked_protest
from kronika.events.taxonomy import ATTACK, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST


@pytest.mark.parametrize(
    ("paragraph", "sub", "expected"),
    [
        *rule(
            "harm told first, the protest only as what it set off, is the attack",
            (
                "Gendarmes shot dead a fisherman in Kolda, sparking a protest by his neighbours the next "
                "morning.",
                EXCESSIVE_FORCE,
                ATTACK,
            ),
            (
                "On 3 May, soldiers opened fire on a minibus near Tamale, wounding two passengers. "
                "Villagers protested the shooting.",
                EXCESSIVE_FORCE,
                ATTACK,
            ),
            (
                "A prison guard beat three inmates in Meru, which led to a riot in the cell block.",
                INTERVENTION,
                ATTACK,
            ),
            (
                "Two herders were killed by police in Garissa, triggering angry protests on the highway.",
                PEACEFUL_PROTEST,
                ATTACK,
            ),
        ),
        *rule(
            "a protest told before the clause was under way when the harm came",
            (
                "Traders protested in Kisumu; police beat a woman who later died, sparking further protests.",
                EXCESSIVE_FORCE,
                EXCESSIVE_FORCE,
            ),
        ),
        *rule(
            "a death told only as a noun, or an accident, heads a note about the protest",
            (
                "The death of a pupil in Tongi sparked a protest by his classmates.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
            (
                "A worker was killed in a road accident in Savar, which triggered protests by his "
                "colleagues.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "a paragraph that tells no sparked protest is left to the other rules",
            ("Police fired on marchers in Kano, wounding four.", EXCESSIVE_FORCE, EXCESSIVE_FORCE),
        ),
    ],
)
def test_harm_that_sparked_a_protest_is_an_attack(paragraph: str, sub: str, expected: str) -> None:
    out = lead_retyped(harm_sparked_protest, paragraph, "PROTEST", sub)
    assert_sub_type(out, expected)
