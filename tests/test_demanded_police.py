"""Specs for police a protest asks to act: what it demands of them is no intervention, what they did is."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "police or authorities a protest urges or demands to act did nothing to it",
            (
                "Tenants rallied in Leeds and urged the city authorities to intervene in the dispute.",
                PEACEFUL_PROTEST,
            ),
            (
                "Tenants rallied in Leeds. They demanded a rule requiring officers to intervene in raids.",
                PEACEFUL_PROTEST,
            ),
            (
                "Tenants rallied in Leeds, calling on the police to disperse the landlord's guards.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "police who acted on the protest still met it with intervention",
            ("Tenants rallied in Leeds until police intervened to clear the road.", INTERVENTION),
            (
                "Tenants rallied in Leeds and urged a halt to evictions. Officers dispersed them at noon.",
                INTERVENTION,
            ),
            ("Tenants blocked a road in Leeds, leading the police to intervene.", INTERVENTION),
        ),
    ],
)
def test_police_a_protest_asks_to_act_made_no_intervention(text: str, expected: str) -> None:
    trigger = "blocked" if "blocked" in text else "rallied"
    lead = made_up_detection(text.split(". ")[0], trigger, "PROTEST", PEACEFUL_PROTEST, text=text)
    (out,) = protest_interventions([lead], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected
