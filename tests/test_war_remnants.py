"""Specs for explosions of mines or shells left from a war long over: ACLED codes them 'Other', not a
remote explosive of today's conflict, and their layer is still an unidentified armed group's."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection, rule

from kronika.actors.roles import implied_doer, is_violent
from kronika.events.battle_rules import war_remnants
from kronika.events.taxonomy import acled_event_type
from kronika.model import EventType

MINE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a device laid in or left over from a past war, or where fighting was decades ago, is Other",
            ("A farmer was hurt when a mine laid during the border war exploded near Tamok.", "Other"),
            ("Two boys died when a shell left over from the civil war blew up in Sarin.", "Other"),
            ("A herder stepped on a mine in Pelu, where fighting took place in the 1970s.", "Other"),
            ("Explosive remnants of war: a mine exploded under a tractor near Kobra.", "Other"),
            ("A vintage bomb exploded at a scrapyard in Lanor.", "Other"),
        ),
        *rule(
            "a mine of the war still fought stays a remote explosive",
            ("A mine planted by the rebels exploded under an army truck near Tamok.", MINE),
            ("A roadside bomb went off as a convoy passed in Sarin.", MINE),
        ),
    ],
)
def test_a_remnant_of_a_past_war_that_explodes_is_coded_other(text: str, expected: str) -> None:
    trigger = next(w for w in ("exploded", "blew up", "stepped on", "went off") if w in text)
    detection = made_up_detection(text, trigger, "ASSAULT", MINE, mode="explosion")
    (retyped,) = war_remnants([detection], text, 0, len(text))
    assert_sub_type(retyped, expected)
    assert retyped.type.plover == "ASSAULT"


def test_a_remnant_blast_is_still_an_armed_groups_violence() -> None:
    blast = EventType("ASSAULT", "explosion", acled_event_type("Other"), "Other")
    assert is_violent(blast)
    doer = implied_doer(blast, "KHM")
    assert doer is not None and doer.sector == "UAF"
    assert implied_doer(EventType("RETREAT", None, acled_event_type("Other"), "Other"), "KHM") is None
