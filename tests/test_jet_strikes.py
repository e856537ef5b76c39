"""Specs for fighter jets' strikes the classifier read as armed clashes: an air strike where no fight on the
ground is told."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, classifier_reading, lead_scope, made_up_detection

from kronika.events.jet_strikes import jet_strikes


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Nine militants were killed as fighter jets pounded hideouts in the valley.",
            "killed",
            "Air/drone strike",
        ),
        (
            "Troops killed four rebels via jet fighter aerial fire during the operation.",
            "killed",
            "Air/drone strike",
        ),
        (
            "Warplanes struck a rebel depot near the river, killing six fighters.",
            "killing",
            "Air/drone strike",
        ),
        # a fight on the ground, fire answered or an aircraft downed: the clash stands
        ("Fighter jets backed troops who fought rebels near the pass.", "fought", "Armed clash"),
        ("Rebels shot down a fighter jet over the valley after a gunfight.", "shot", "Armed clash"),
        # no aircraft named
        ("Troops killed four rebels during the operation in the valley.", "killed", "Armed clash"),
    ],
)
def test_fighter_jets_strike_is_an_air_strike(sentence: str, trigger: str, expected: str) -> None:
    """A lead read as an armed clash whose sentence names fighter jets or warplanes, no ground fight told,
    is an air strike."""
    (out,) = jet_strikes(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


def test_a_clash_a_convention_made_of_an_air_strike_stands() -> None:
    """Where the classifier read an air strike and the lead is a clash all the same, a rule of ACLED's
    conventions made it one: the jets' strike is left a clash."""
    sentence = "Foreign warplanes carried out raids on an army depot near the city."
    lead = made_up_detection(sentence, "raids", "ASSAULT", "Armed clash")
    (out,) = jet_strikes([lead], lead_scope(sentence, prediction=classifier_reading("Air/drone strike", 0.9)))
    assert_sub_type(out, "Armed clash")
