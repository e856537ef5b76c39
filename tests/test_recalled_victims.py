"""Specs for victims the lead's sentence recalls but the lead did not hit: a raid it answered, a killing its
victim was suspected of or that was being investigated."""

from __future__ import annotations

import pytest
from builders import lead_retyped, rule

from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.events.victim_rules import armed_targets, civilian_victims


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "civilians of the raid the lead answered are not the lead's",
            (
                "A raider was shot by police reservists in response to a cattle raid (in which four "
                "herders were killed) near Lokori.",
                ARMED_CLASH,
            ),
            (
                "Two bandits were killed by police in retaliation for a raid during which six villagers "
                "were killed in Marigat.",
                ARMED_CLASH,
            ),
        ),
        *rule(
            "civilians the lead itself hit still make it an attack",
            ("Gunmen killed three villagers near Marigat in retaliation for a cattle raid.", ATTACK),
            ("Militiamen shot two farmers in Lokori, in response to a theft of goats.", ATTACK),
        ),
    ],
)
def test_civilians_of_the_raid_answered_are_not_the_leads(paragraph: str, expected: str) -> None:
    """A lead armed clash whose sentence names civilian victims only in what it answered stays a clash."""
    lead = lead_retyped(civilian_victims, paragraph, "ASSAULT", ARMED_CLASH)
    assert lead.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a killing the victim was suspected of, or one investigated, hit no armed men of the lead's",
            ("A policeman shot a trader suspected of killing a sergeant in Wau.", ATTACK),
            (
                "Two officials were killed in an ambush near Yei as they returned from investigating the "
                "killing of soldiers.",
                ATTACK,
            ),
        ),
        *rule(
            "armed men the lead itself hit still make it a clash",
            ("Gunmen killed a sergeant in Wau, suspected of involvement in a robbery.", ARMED_CLASH),
            ("Militants ambushed two soldiers near Yei while they were investigating a theft.", ARMED_CLASH),
        ),
    ],
)
def test_armed_men_of_a_recalled_killing_are_not_the_leads(paragraph: str, expected: str) -> None:
    """A lead attack whose sentence names armed victims only in a killing it recalls stays an attack."""
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", ATTACK).type.acled_sub_event_type == expected
