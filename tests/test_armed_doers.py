"""Specs for armed men the lead's sentence tells as the ones who harmed, not as victims: a soldier who "was
drunk and killed a civilian" or gunmen who "were killing villagers" make no clash."""

from __future__ import annotations

import pytest
from builders import lead_retyped, rule

from kronika.events.battle_rules import armed_targets
from kronika.events.taxonomy import ARMED_CLASH, ATTACK


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
