"""Specs for explosions that open a gunfight: ACLED codes a blast followed by gunfire, or an ambush
initiated by one, as an armed clash, not a remote explosive."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.ambushes import blast_then_fire
from kronika.events.taxonomy import acled_event_type

IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "a blast followed by gunfire, or an ambush it opened, is an armed clash",
            (
                "A roadside bomb exploded near Tarmiya and was followed by gunshots that killed two guards.",
                "exploded",
                CLASH,
            ),
            (
                "Rebels ambushed a patrol near Kiro, an attack initiated by the detonation of a mine.",
                "ambushed",
                CLASH,
            ),
            ("Militants set off an IED and then opened fire on the convoy.", "set off", CLASH),
        ),
        *rule(
            "a blast alone, or one that hit civilians, stays a remote explosive",
            ("A roadside bomb exploded near Tarmiya and killed two guards.", "exploded", IED),
            ("A bomb hit a bus of farmers and was followed by gunfire from the hills.", "hit", IED),
        ),
    ],
)
def test_a_blast_that_opens_a_gunfight_is_an_armed_clash(sentence: str, trigger: str, expected: str) -> None:
    found = blast_then_fire(made_up_detection(sentence, trigger, "ASSAULT", IED))
    assert found.type.acled_sub_event_type == expected
    assert found.type.acled_event_type == acled_event_type(expected)


def test_other_violence_is_left_alone() -> None:
    detection = made_up_detection(
        "Gunmen shot a guard and then a bomb exploded.", "shot", "ASSAULT", "Attack"
    )
    assert blast_then_fire(detection).type.acled_sub_event_type == "Attack"
