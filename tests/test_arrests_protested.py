"""Specs for a protest for people arrested before it: where its paragraph tells arrests only of those it
stands up for, the lead protest typed as met with intervention is a peaceful one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.arrests_protested import arrests_protested
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "arrests told only of the people a protest stands up for are its grievance",
            (
                "Students held a sit-in in Medan. They demanded the release of two classmates who were "
                "detained last week.",
                PEACEFUL_PROTEST,
            ),
            (
                "Farmers rallied in Jember for three neighbours who got arrested during a land dispute.",
                PEACEFUL_PROTEST,
            ),
            (
                "Relatives protested in Kandy for men who have been jailed since May; they sang hymns.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "a death after an arrest a protest mourns is its grievance",
            (
                "Drivers rallied in Nakuru for a colleague who died in a cell after being arrested over a "
                "fine.",
                PEACEFUL_PROTEST,
            ),
            (
                "Students marched in Medan over the death of a classmate following his detention by police.",
                PEACEFUL_PROTEST,
            ),
            (
                "Drivers rallied in Nakuru for a colleague who died after being arrested. Six drivers were "
                "arrested.",
                INTERVENTION,
            ),
        ),
        *rule(
            "any other arrest or police action keeps the intervention",
            (
                "Students held a sit-in in Medan for classmates who were detained last week. Police "
                "dispersed them.",
                INTERVENTION,
            ),
            (
                "Farmers rallied in Jember for neighbours who got arrested. Four farmers were arrested.",
                INTERVENTION,
            ),
            (
                "Relatives protested in Kandy for men who were jailed. Officers beat two of them.",
                INTERVENTION,
            ),
        ),
        *rule(
            "a paragraph with no one arrested before is left to the other rules",
            ("Students held a sit-in in Medan. Police stood by.", INTERVENTION),
        ),
    ],
)
def test_a_protest_for_people_arrested_before_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(arrests_protested, paragraph, "PROTEST", INTERVENTION)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


@pytest.mark.parametrize(
    ("plover", "sub"),
    [("PROTEST", VIOLENT_DEMONSTRATION), ("PROTEST", PEACEFUL_PROTEST), ("COERCE", INTERVENTION)],
)
def test_only_a_protest_typed_as_met_with_intervention_is_retyped(plover: str, sub: str) -> None:
    paragraph = "Students held a sit-in in Medan for two classmates who were detained last week."
    lead = made_up_detection(paragraph, "held", plover, sub)
    (out,) = arrests_protested([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "those whose release a protest demands, named again as arrested, were arrested before it",
            (
                "Twenty people rallied in Gomel, demanding the release of a poet. The poet was arrested on "
                "Monday for a post.",
                PEACEFUL_PROTEST,
            ),
            (
                "Miners marched in Tarkwa for the freedom of their union leaders. The two leaders were "
                "detained in March.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "others arrested, or police action besides, keep the intervention",
            (
                "Twenty people rallied in Gomel, demanding the release of a poet. The marchers were "
                "arrested at noon.",
                INTERVENTION,
            ),
            (
                "Twenty people rallied in Gomel, demanding the release of a poet. The poet was arrested on "
                "Monday. Police dispersed the rally.",
                INTERVENTION,
            ),
        ),
    ],
)
def test_a_protest_for_people_it_names_again_as_arrested_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(arrests_protested, paragraph, "PROTEST", INTERVENTION)
    assert out.type.acled_sub_event_type == expected
