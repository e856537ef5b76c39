"""Specs for a village burned: a lead coded as property destruction whose sentence tells a whole village
burned, not a house or a shop in it, is an attack on civilians."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.burnt_villages import burnt_villages
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, LOOTING


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "a village burned was attacked",
            ("Raiders burned down a village near the river in Tarlo.", ATTACK),
            ("Gunmen burned the village of Umbadi.", ATTACK),
            ("Militiamen torched 12 villages east of Tarlo.", ATTACK),
            ("Armed men set fire to most of the village of Umbadi.", ATTACK),
            ("Residents said their village was completely burned down by militiamen.", ATTACK),
        ),
        *rule(
            "houses or a building in a village burned are property destroyed",
            ("Raiders burned houses in the village of Umbadi.", LOOTING),
            ("A man burned the village administration office in Tarlo.", LOOTING),
            ("Rioters set fire to the village home of a judge in Tarlo.", LOOTING),
            ("Unknown men burned a shop near the village.", LOOTING),
        ),
    ],
)
def test_a_village_burned_was_attacked(sentence: str, expected: str) -> None:
    lead = made_up_detection(sentence, sentence.split()[2], "COERCE", LOOTING, mode="destroy")
    (out,) = burnt_villages([lead], lead_scope(sentence))
    assert_sub_type(out, expected)


def test_only_property_destruction_is_retyped() -> None:
    sentence = "Rebels burned down the village of Umbadi after a clash with soldiers."
    lead = made_up_detection(sentence, "burned", "ASSAULT", ARMED_CLASH)
    (out,) = burnt_villages([lead], lead_scope(sentence))
    assert_sub_type(out, ARMED_CLASH)
