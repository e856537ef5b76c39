"""Specs for what a crowd broke: a lead protest, peaceful or met with intervention, whose paragraph tells
windows, doors, glass or gates broken (not by the police) is a violent demonstration."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.broken_property import broken_property
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "read", "expected"),
    [
        *rule(
            "windows, doors, glass or gates the crowd broke make a riot",
            (
                "Students protested at the district office. They broke its windows.",
                PEACEFUL_PROTEST,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders rallied at the council and broke down the main gate.",
                INTERVENTION,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Clerks rallied at the land office in Sumbawa and broke the building's gate.",
                PEACEFUL_PROTEST,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Workers marched to the mill, breaking several glass panels.",
                PEACEFUL_PROTEST,
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "what the police broke, or nothing broken, leaves the reading",
            (
                "Students protested at the office. Police broke the door of their hostel.",
                INTERVENTION,
                INTERVENTION,
            ),
            (
                "Students protested at the district office over broken promises.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_what_a_crowd_broke_makes_a_riot(paragraph: str, read: str, expected: str) -> None:
    out = lead_retyped(broken_property, paragraph, "PROTEST", read)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


def test_only_a_protest_is_retyped() -> None:
    paragraph = "Thieves broke the windows of a shop in Gulu."
    lead = made_up_detection(paragraph, "broke", "ASSAULT", PEACEFUL_PROTEST)
    (out,) = broken_property([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == PEACEFUL_PROTEST
