"""Specs for a protest others pelted: where its paragraph tells others throwing stones, bricks, bottles or
eggs at its people, and no clash or violence of their own, the lead protest met an intervention."""

from __future__ import annotations

import pytest
from builders import lead_retyped, rule

from kronika.events.pelted_protests import pelted_protest
from kronika.events.taxonomy import (
    INTERVENTION,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "others pelting the protesters met the protest with force",
            (
                "Nurses held a sit-in outside the ministry in Kandy. A group of men pelted stones at the "
                "nurses' sit-in in the evening.",
                VIOLENT_DEMONSTRATION,
                INTERVENTION,
            ),
            (
                "Dock workers staged a protest at the port gate in Mongla. Company guards threw bricks at "
                "the protesting dock workers, injuring six.",
                VIOLENT_DEMONSTRATION,
                INTERVENTION,
            ),
            (
                "Parents marched to the town hall in Tamale. Passers-by started throwing eggs at the "
                "marchers.",
                PEACEFUL_PROTEST,
                INTERVENTION,
            ),
            (
                "Traders rallied against a new levy in Kumasi. The demonstrators were stoned by a rival "
                "group.",
                PEACEFUL_PROTEST,
                INTERVENTION,
            ),
        ),
        *rule(
            "a clash, the protesters' own violence or missiles that hit no one leave the reading",
            (
                "Traders rallied in Kumasi and clashed with a rival group, who hurled stones at the rally.",
                VIOLENT_DEMONSTRATION,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders rallied in Kumasi. Rivals threw stones at the protesters, and the protesters "
                "torched a kiosk.",
                VIOLENT_DEMONSTRATION,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Parents marched in Tamale. A driver threw a bottle towards the marchers, but no one was "
                "hit.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "a paragraph with nothing thrown at the protest is left as read",
            (
                "Nurses held a sit-in in Kandy. They threw leaflets into the crowd.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
            ("Youths hurled stones at a bus in Kandy.", VIOLENT_DEMONSTRATION, VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "a riot is no protest the rule retypes",
            (
                "Villagers gathered in Kandy. A group pelted stones at the procession.",
                MOB_VIOLENCE,
                MOB_VIOLENCE,
            ),
        ),
    ],
)
def test_a_protest_others_pelted_met_an_intervention(paragraph: str, reading: str, expected: str) -> None:
    out = lead_retyped(pelted_protest, paragraph, "PROTEST", reading)
    assert out.type.acled_sub_event_type == expected
    assert out.type.plover == "PROTEST"
