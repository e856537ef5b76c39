"""Specs for a hijacking the classifier reads as an air strike: the aircraft was seized, not striking."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection, rule

from kronika.events.acled_rules import hijacked_attack


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub", "expected"),
    [
        *rule(
            "a hijacking read as an air strike is an attack",
            (
                "A cargo plane was hijacked on its way from Kisumu to Lodwar.",
                "hijacked",
                "Air/drone strike",
                "Attack",
            ),
            (
                "Gunmen hijacked a small aircraft at the Bor airstrip.",
                "hijacked",
                "Air/drone strike",
                "Attack",
            ),
        ),
        *rule(
            "another reading of a hijacking, or an air strike by another word, is left",
            (
                "Gunmen hijacked a lorry and took its driver near Gulu.",
                "hijacked",
                "Abduction/forced disappearance",
                "Abduction/forced disappearance",
            ),
            (
                "Jets bombed the airstrip the hijacked plane had landed on.",
                "bombed",
                "Air/drone strike",
                "Air/drone strike",
            ),
        ),
    ],
)
def test_a_hijacking_is_no_air_strike(sentence: str, trigger: str, sub: str, expected: str) -> None:
    assert_sub_type(hijacked_attack(made_up_detection(sentence, trigger, "ASSAULT", sub)), expected)
