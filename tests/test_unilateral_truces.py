"""Specs for a ceasefire one side declares alone: a change of its activity; a mutual one is an agreement."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.taxonomy import AGREEMENT, GROUP_ACTIVITY
from kronika.events.unilateral_truces import unilateral_truce


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a ceasefire, truce or cessation of hostilities declared by one side alone changes its activity",
            (
                "The rebel front committed to a unilateral cessation of hostilities after talks in Geneva.",
                GROUP_ACTIVITY,
            ),
            (
                "The president announced a unilateral ceasefire with the insurgents for the holidays.",
                GROUP_ACTIVITY,
            ),
            ("The militia's unilaterally-declared truce took effect at midnight.", GROUP_ACTIVITY),
        ),
        *rule(
            "one the other side reciprocates, or a ceasefire both sides sign, is an agreement",
            ("The army reciprocated the rebels' unilateral ceasefire on Sunday.", AGREEMENT),
            ("The rebels and the army signed a ceasefire in Geneva.", AGREEMENT),
            (
                "The rebels signed a ceasefire after the government's unilateral decision to withdraw.",
                AGREEMENT,
            ),
        ),
    ],
)
def test_a_ceasefire_declared_alone_is_no_agreement(paragraph: str, expected: str) -> None:
    assert_sub_type(lead_retyped(unilateral_truce, paragraph, "AGREE", AGREEMENT), expected)
