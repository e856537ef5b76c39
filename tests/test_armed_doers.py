"""Specs for victims wrongly read as armed men: a soldier who "was drunk and killed a civilian" or gunmen who
"were killing villagers" did the harm, and firefighters or a party's rebel candidate are no armed men."""

from __future__ import annotations

import pytest
from builders import lead_retyped, rule

from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.events.victim_rules import armed_targets


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "armed men who did the harm are no victims",
            ("Witnesses said a soldier was drunk and shot a shopkeeper in Aweil.", ATTACK),
            ("Residents said militiamen were killing herders near Tonj for two days.", ATTACK),
            ("Locals say the gunmen were reportedly wounding travellers on the Juba road.", ATTACK),
        ),
        *rule(
            "armed men told harmed in the passive are victims",
            ("Witnesses said a soldier was shot by gunmen in Aweil.", ARMED_CLASH),
            ("Two militiamen were reportedly killed by raiders near Tonj.", ARMED_CLASH),
            ("A policeman was stabbed and robbed at the Juba market by a gang.", ARMED_CLASH),
        ),
    ],
)
def test_armed_doers_are_not_victims(paragraph: str, expected: str) -> None:
    """A lead attack whose sentence tells armed men harming others, not harmed, stays an attack."""
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", ATTACK).type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "firefighters and rebel candidates are civilians",
            ("Police said two firefighters were found dead after the arson in Rangpur.", ATTACK),
            ("Unknown men said four firefighters were injured in the attack in Rangpur.", ATTACK),
            ("Thugs stabbed a rebel candidate of the ruling party in Feni.", ATTACK),
        ),
        *rule(
            "fighters and rebels are armed men",
            ("Gunmen shot four fighters of the militia near Kidal.", ARMED_CLASH),
            ("Assailants said two rebels were wounded near Kidal.", ARMED_CLASH),
        ),
    ],
)
def test_civilians_named_like_armed_men_are_civilians(paragraph: str, expected: str) -> None:
    """A lead attack whose victims are firefighters or a party's rebel candidate stays an attack."""
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", ATTACK).type.acled_sub_event_type == expected
