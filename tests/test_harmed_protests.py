"""Specs for a protest whose own telling counts dead or hurt, or tells clashes: ACLED does not code it as
peaceful, but by who did the violence (the crowd: a violent demonstration; forces on the crowd: excessive
force where someone died, an intervention where people were only hurt)."""

from __future__ import annotations

from datetime import date

import pytest
from builders import assert_sub_type, rule

from kronika.dedup.build import build_event
from kronika.events.harmed_protests import harmed_protest
from kronika.events.taxonomy import EXCESSIVE_FORCE as EXCESSIVE
from kronika.events.taxonomy import INTERVENTION, acled_event_type
from kronika.events.taxonomy import PEACEFUL_PROTEST as PEACEFUL
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION as VIOLENT
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Span

NONE = Casualties()
ONE_DEAD = Casualties(fatalities=1)
HURT = Casualties(fatalities=0, injured=12)


def _protest(sub: str) -> EventType:
    return EventType("PROTEST", "demonstrate", acled_event_type(sub), sub)


@pytest.mark.parametrize(
    ("sub", "toll", "text", "expected"),
    [
        *rule(
            "clashes with the police make a riot, toll or not",
            (PEACEFUL, NONE, "Farmers marched on the capital and clashed with riot police.", VIOLENT),
            (PEACEFUL, HURT, "The rally in Lakeview turned violent after dark.", VIOLENT),
            (INTERVENTION, NONE, "Students clashed with the police, who arrested ten.", VIOLENT),
        ),
        *rule(
            "a crowd that hurt people or threw stones, beside a toll, riots",
            (PEACEFUL, HURT, "Marchers threw stones at a passing bus and twelve people were hurt.", VIOLENT),
        ),
        *rule(
            "forces who fired on the crowd: excessive force if someone died, else an intervention",
            (PEACEFUL, ONE_DEAD, "Soldiers opened fire on the protesters, killing one.", EXCESSIVE),
            (INTERVENTION, ONE_DEAD, "Police shot a demonstrator dead at the rally.", EXCESSIVE),
            (PEACEFUL, HURT, "Guards beat the marchers with sticks, leaving twelve injured.", INTERVENTION),
            (
                PEACEFUL,
                ONE_DEAD,
                "Security forces fired tear gas and live ammunition at tens of thousands of protesters.",
                EXCESSIVE,
            ),
        ),
        *rule(
            "a death nobody is said to have caused is the grievance: no change",
            (PEACEFUL, ONE_DEAD, "Villagers rallied after a flood killed a fisherman.", PEACEFUL),
            (PEACEFUL, ONE_DEAD, "Relatives gathered to mark the death of a poet.", PEACEFUL),
        ),
        *rule(
            "another event's clash, or a denied one, is no clash of the protest's own",
            (PEACEFUL, NONE, "Reporters rallied against the clash between two candidates' men.", PEACEFUL),
            (PEACEFUL, NONE, "Teachers marched in Dorval; there were no clashes with police.", PEACEFUL),
            (PEACEFUL, ONE_DEAD, "Mourners asked for the arrest of an officer who shot a driver.", PEACEFUL),
        ),
        *rule(
            "a violent demonstration or excessive force already coded stays so",
            (VIOLENT, ONE_DEAD, "Soldiers opened fire on the protesters, killing one.", VIOLENT),
            (EXCESSIVE, NONE, "Protesters clashed with the police.", EXCESSIVE),
        ),
    ],
)
def test_a_harmed_protest_is_coded_by_who_did_the_violence(
    sub: str, toll: Casualties, text: str, expected: str
) -> None:
    coded = harmed_protest(_protest(sub), toll, text)
    assert_sub_type(coded, expected)
    assert coded.plover == "PROTEST"


def _mention(start: int, text: str, sub: str, toll: Casualties) -> EventMention:
    """A hand-made protest mention of our own sentence at `start`."""
    return EventMention(
        article_id="a1",
        type=_protest(sub),
        date=EventDate(date(2021, 3, 1), "day", "'Monday'"),
        location=None,
        actors=(),
        targets=(),
        casualties=toll,
        evidence=Evidence("a1", text, start, start + len(text)),
        trigger=Span(start, start + 5, text[:5]),
        historical=False,
        confidence=0.7,
    )


def test_a_merged_protest_whose_mentions_count_dead_and_tell_clashes_is_a_violent_demonstration() -> None:
    cluster = [
        _mention(0, "Crowds poured into the streets of Osh on Monday.", PEACEFUL, NONE),
        _mention(60, "The unrest left one dead and 300 hurt.", VIOLENT, Casualties(1, 300)),
        _mention(120, "The marches turned violent after clashes with police.", VIOLENT, NONE),
    ]
    event = build_event(cluster)
    assert event.type.acled_sub_event_type == VIOLENT
    assert (event.casualties.fatalities, event.casualties.injured) == (1, 300)
