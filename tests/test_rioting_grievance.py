"""Specs for rioting a protest is about: rioters or rioting named as what someone is charged with, jailed or
punished for is the protest's grievance, no violence of its crowd's, while rioters named otherwise, or
arrested in the protest itself, still make a riot."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.discourse import burning_barricades, crowd_hurt
from kronika.events.taxonomy import PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION

PEACEFUL, RIOT = PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "rioting someone is charged with, jailed or punished for is the grievance",
            ("Dozens rallied in Dayton for a student charged with rioting last year.", PEACEFUL),
            ("Traders marched in Kisumu to seek the prosecution of the rioters of last week.", PEACEFUL),
            ("Students marched in Ambon. Their friends were jailed for rioting last year.", PEACEFUL),
            ("Workers marched in Bogra against the trial of six men accused of rioting.", PEACEFUL),
        ),
        *rule(
            "rioters named otherwise still make a riot",
            ("Traders marched in Kisumu and rioters looted two shops.", RIOT),
            ("Traders marched in Kisumu. Police arrested ten people for rioting.", RIOT),
            ("Traders marched in Kisumu. The rioting lasted until night.", RIOT),
        ),
    ],
)
def test_rioting_charged_is_no_riot_of_the_crowd(text: str, expected: str) -> None:
    sentence = text.split(". ")[0]
    trigger = "rallied" if "rallied" in sentence else "marched"
    lead = made_up_detection(sentence, trigger, "PROTEST", PEACEFUL_PROTEST)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("A vigil for a man sentenced for rioting.", False),
        ("A vigil for a man sentenced for rioting. Rioters then stoned a bus.", True),
    ],
)
def test_crowd_hurt_reads_past_the_rioting_charged(text: str, hurt: bool) -> None:
    assert crowd_hurt(text) is hurt
