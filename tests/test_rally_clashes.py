"""Specs for a clash told at, during or after a rally or other protest: the lead mob violence is a violent
demonstration, unless the paragraph tells rival factions or a celebration."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.rally_clashes import rally_clashes
from kronika.events.taxonomy import (
    ARMED_CLASH,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a clash at, during or after a protest event is the protesting crowd's riot",
            ("Party men clashed with police during a procession in Feni.", VIOLENT_DEMONSTRATION),
            (
                "Traders clashed with guards at the market. The clash came after a sit-in march.",
                VIOLENT_DEMONSTRATION,
            ),
            ("Following the hartal, youths clashed with shopkeepers in Bogra.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "rival factions or a celebration make the clash a mob's",
            ("Two rival factions of the league clashed during a rally in Feni.", MOB_VIOLENCE),
            ("Rebel members clashed with the leadership at a procession in Pabna.", MOB_VIOLENCE),
            ("Youths clashed during a victory day celebration rally in Bogra.", MOB_VIOLENCE),
        ),
        *rule(
            "so does a victory procession or a rally marking an anniversary, whoever the crowd fought",
            (
                "Supporters of the winner clashed with police during a victory procession in Jessore.",
                MOB_VIOLENCE,
            ),
            (
                "Members clashed with police at a rally marking the party's founding anniversary in Khulna.",
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "a protest told only in an 'amid' clause after the clash is its backdrop, not its place",
            (
                "A mob clashed with police at the station in Savar, amid the unrest after the fall of the "
                "government, following weeks of street demonstrations.",
                MOB_VIOLENCE,
            ),
            (
                "Villagers clashed with guards at the jail in Bogra amidst the violence following a hartal.",
                MOB_VIOLENCE,
            ),
            (
                "Amid a power cut, party men clashed with police during a procession in Feni.",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Students clashed with police during a rally in Khulna, amid anger over fees.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "a clash told apart from any protest is left to the other rules",
            ("Villagers clashed with guards over a plot of land.", MOB_VIOLENCE),
            ("A rally was held in Feni. Later, villagers clashed over a pond.", MOB_VIOLENCE),
        ),
    ],
)
def test_a_clash_at_a_protest_is_a_violent_demonstration(paragraph: str, expected: str) -> None:
    out = lead_retyped(rally_clashes, paragraph, "ASSAULT", MOB_VIOLENCE)
    assert_sub_type(out, expected)


@pytest.mark.parametrize("sub", [ARMED_CLASH, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION])
def test_only_a_lead_mob_violence_is_retyped(sub: str) -> None:
    paragraph = "Party men clashed with police during a procession in Feni."
    lead = made_up_detection(paragraph, "clashed", "ASSAULT", sub)
    (out,) = rally_clashes([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub
