"""Specs for a protest whose police are told acting only at another time (last week, at an earlier march, at
a later rally): the lead protest typed as met with intervention is a peaceful one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.earlier_police import earlier_police, without_other_times
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "police acting before the protest is its background, not what met it",
            (
                "Students rallied outside the university in Gulu against fee rises. Police had dispersed "
                "their sit-in at the same gate last week.",
                PEACEFUL_PROTEST,
            ),
            (
                "Some 50 people marched to the courthouse in Tulsa. Officers arrested three men on charges "
                "of vandalism during previous demonstrations.",
                PEACEFUL_PROTEST,
            ),
            (
                "Nurses picketed the ministry in Lusaka over unpaid allowances. Two of their leaders were "
                "detained by police earlier in the month.",
                PEACEFUL_PROTEST,
            ),
            (
                "Farmers gathered at the district office in Bogor. Police fired tear gas at their convoy the "
                "day before.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "police acting after it, at another protest, did not meet it either",
            (
                "A few dozen people rallied in Fresno for the governor. One of them was arrested at a later "
                "demonstration.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "the lead sentence's own date or grievance word keeps its police act",
            ("Police dispersed a sit-in of pensioners in Omdurman yesterday.", INTERVENTION),
            (
                "Police baton charged party members in Feni demonstrating against the prior assault on "
                "their leader.",
                INTERVENTION,
            ),
        ),
        *rule(
            "a police act told without another time keeps the intervention",
            (
                "Traders protested in Kisumu over new levies. Police dispersed them with tear gas. The "
                "market had been closed since Monday.",
                INTERVENTION,
            ),
            ("Workers rallied in Khulna. Police arrested four of them.", INTERVENTION),
        ),
    ],
)
def test_a_protest_whose_police_acted_at_another_time_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(earlier_police, paragraph, "PROTEST", INTERVENTION)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


def test_only_later_sentences_of_another_time_are_blanked_offsets_kept() -> None:
    paragraph = "Drivers protested in Mombasa yesterday. Police had arrested their chairman last week."
    lead_length = paragraph.index(" Police")
    told = without_other_times(paragraph, lead_length)
    assert len(told) == len(paragraph)
    assert told.startswith("Drivers protested in Mombasa yesterday.")
    assert "Police" not in told


@pytest.mark.parametrize(
    ("plover", "sub"),
    [("PROTEST", VIOLENT_DEMONSTRATION), ("PROTEST", PEACEFUL_PROTEST), ("COERCE", INTERVENTION)],
)
def test_only_a_protest_typed_as_met_with_intervention_is_retyped(plover: str, sub: str) -> None:
    paragraph = "Drivers protested in Mombasa. Police had arrested their chairman last week."
    lead = made_up_detection("Drivers protested in Mombasa.", "protested", plover, sub)
    (out,) = earlier_police([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub
