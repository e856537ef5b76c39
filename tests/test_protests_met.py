"""Specs for what a peaceful lead protest met, as its paragraph tells it: a later mention of the protest read
as one with intervention is police action only where its sentence names the police or force."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.discourse import protest_interventions
from kronika.events.taxonomy import INTERVENTION
from kronika.events.taxonomy import PEACEFUL_PROTEST as PEACEFUL


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a later mention of the protest whose sentence names no police or force is no police action",
            ("Nurses jeered the minister in Galle. Union members were among the protesters.", PEACEFUL),
            ("Nurses jeered the minister in Galle. Two unions joined the protesters later.", PEACEFUL),
        ),
        *rule(
            "one whose sentence names the police still makes the protest met with intervention",
            ("Nurses jeered the minister in Galle. Police pushed the protesters back.", INTERVENTION),
            ("Nurses jeered the minister in Galle. Officers surrounded the protesters.", INTERVENTION),
        ),
    ],
)
def test_a_later_mention_read_as_intervention_needs_police(paragraph: str, expected: str) -> None:
    lead = made_up_detection(paragraph.split(". ")[0] + ".", "jeered", "PROTEST", PEACEFUL)
    later = paragraph.split(". ")[1]
    mention = made_up_detection(later, "protesters", "PROTEST", INTERVENTION, confidence=0.3, text=paragraph)
    out = protest_interventions([lead, mention], paragraph, 0, len(paragraph))
    assert out[0].type.acled_sub_event_type == expected
