"""Specs for people arrested handing out leaflets for a protest to come: the lead read as a protest is an
arrest."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.leaflet_arrests import leaflet_arrests
from kronika.events.taxonomy import ARRESTS, INTERVENTION, PEACEFUL_PROTEST


@pytest.mark.parametrize(
    ("paragraph", "sub", "expected"),
    [
        *rule(
            "people arrested as they handed out leaflets were arrested, not protesting",
            (
                "On 4 March, police arrested 20 activists in Merauke as they distributed leaflets for a "
                "rally on 6 March.",
                INTERVENTION,
                ARRESTS,
            ),
            (
                "Twelve students were detained in Sorong for handing out flyers about a planned march.",
                PEACEFUL_PROTEST,
                ARRESTS,
            ),
        ),
        *rule(
            "harm makes the arrest an attack's, a protest under way keeps the intervention",
            (
                "Police arrested nine activists in Timika for distributing leaflets and beat them at the "
                "station.",
                INTERVENTION,
                INTERVENTION,
            ),
            (
                "Police detained 30 protesters in Nabire who were handing out pamphlets during the march.",
                INTERVENTION,
                INTERVENTION,
            ),
        ),
        *rule(
            "leaflets told without an arrest are left to the other rules",
            ("Activists handed out leaflets in Biak against the mine.", PEACEFUL_PROTEST, PEACEFUL_PROTEST),
        ),
    ],
)
def test_arrests_of_leaflet_handers_are_arrests(paragraph: str, sub: str, expected: str) -> None:
    out = lead_retyped(leaflet_arrests, paragraph, "PROTEST", sub)
    assert_sub_type(out, expected)
