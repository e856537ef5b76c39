"""Specs for a crowd's clash with the police read as an armed clash (a riot), and sides told attacking or
firing at each other (a fight, never an attack on civilians)."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection

from kronika.events.crowd_police_clashes import crowd_police_clash
from kronika.events.victim_rules import feuding_sides


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Lawyers clashed with police outside the district court in Meerut.",
            "clashed",
            "Violent demonstration",
        ),
        ("Students clashed with the riot police near the campus gate.", "clashed", "Violent demonstration"),
        (
            "Two were hurt in clashes between community members and the police in Moga.",
            "clashes",
            "Violent demonstration",
        ),
        # gunfire or an armed side named: the reading stands
        ("Villagers clashed with police and fired shots at the station.", "clashed", "Armed clash"),
        ("Militants clashed with police in the forest near Gaya.", "clashed", "Armed clash"),
        # no police in the clash
        ("Students clashed with a rival group near the campus gate.", "clashed", "Armed clash"),
    ],
)
def test_a_crowds_clash_with_police_is_a_riot(sentence: str, trigger: str, expected: str) -> None:
    """ACLED codes a crowd that clashed with the police as rioters, not as an armed side: a lead read as an
    armed clash whose sentence tells it, no gunfire or armed group named, is a violent demonstration."""
    (out,) = crowd_police_clash(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "A farmer was killed when troops of the two countries targeted each other near Uri.",
            "killed",
            "Armed clash",
        ),
        (
            "Two women were hurt as the rival groups fired at one another in the bazaar.",
            "hurt",
            "Armed clash",
        ),
        # one side's attack on the other: left to the other rules
        ("A farmer was killed when troops fired at the hamlet near Uri.", "killed", "Attack"),
    ],
)
def test_sides_that_attacked_each_other_fought(sentence: str, trigger: str, expected: str) -> None:
    """Fire or attacks told as reciprocal ('targeted each other') are two-sided: a lead attack is a clash."""
    (out,) = feuding_sides([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert_sub_type(out, expected)
