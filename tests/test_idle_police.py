"""Specs for a protest whose police are told only as not acting (they came, watched, did not intervene; no
one was arrested): the lead protest typed as met with intervention is a peaceful one."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.idle_police import idle_police, without_idle_police
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "police told present but not intervening did nothing to the protest",
            (
                "Nurses rallied outside the hospital in Eldoret over unpaid wages. Police arrived at the "
                "gate but did not intervene.",
                PEACEFUL_PROTEST,
            ),
            (
                "Tenants marched to the town hall in Leon. There was a heavy police presence, but no "
                "intervention was reported.",
                PEACEFUL_PROTEST,
            ),
            (
                "Farmers gathered in front of the district office in Garut. Soldiers and officers came to "
                "calm the crowd but did not interfere.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "police told only watching, deployed or there did nothing either",
            (
                "Cane farmers demonstrated at the weighbridge in Mumias. Officers monitored the crowd from "
                "across the road.",
                PEACEFUL_PROTEST,
            ),
            (
                "Opposition supporters rallied at a stadium in Rajshahi. Hundreds of police personnel were "
                "deployed around the grounds.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "no arrests told is no police action either",
            (
                "About 40 people held a vigil in Tacoma against a new jail. Officers watched from the curb "
                "and no arrests were made.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "a sentence that also tells force or holding keeps the intervention",
            (
                "Students marched in Kampala. Police pushed them back but did not arrest anyone.",
                INTERVENTION,
            ),
            (
                "Traders protested in Jos. Police intervened to separate two groups. No one was arrested.",
                INTERVENTION,
            ),
            (
                "Workers rallied in Dhaka. Police dispersed them. Officers elsewhere did not intervene.",
                INTERVENTION,
            ),
            (
                "Some 40 men marched in Reading. Officers halted the march for want of a permit, but no "
                "arrests were made.",
                INTERVENTION,
            ),
            ("An opposition rally in Kisii was met with a heavy police presence.", INTERVENTION),
        ),
        *rule(
            "a paragraph that tells no idle police is left to the other rules",
            ("Teachers held a sit-in in Kitwe. Officers lined the gate.", INTERVENTION),
        ),
    ],
)
def test_a_protest_whose_police_did_not_act_is_peaceful(paragraph: str, expected: str) -> None:
    out = lead_retyped(idle_police, paragraph, "PROTEST", INTERVENTION)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


def test_only_sentences_of_idle_police_are_blanked_offsets_kept() -> None:
    paragraph = "Drivers protested in Mombasa. Police were present but did not intervene."
    told = without_idle_police(paragraph)
    assert len(told) == len(paragraph)
    assert told.startswith("Drivers protested in Mombasa.")
    assert "Police" not in told


@pytest.mark.parametrize(
    ("plover", "sub"),
    [("PROTEST", VIOLENT_DEMONSTRATION), ("PROTEST", PEACEFUL_PROTEST), ("COERCE", INTERVENTION)],
)
def test_only_a_protest_typed_as_met_with_intervention_is_retyped(plover: str, sub: str) -> None:
    paragraph = "Drivers protested in Mombasa. Police were present but did not intervene."
    lead = made_up_detection(paragraph, "protested", plover, sub)
    (out,) = idle_police([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == sub
