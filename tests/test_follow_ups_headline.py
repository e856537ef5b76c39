"""Specs for a headline's toll that no sentence of its article is read as telling: the article's lead event
takes it, unless that event is of a kind that takes no toll (an arrest, a peaceful rally)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention

from kronika.casualties import headline_casualties
from kronika.model import Casualties, EventDate, EventMention, EventType
from kronika.reconcile.follow_ups import headline_lends_toll

RESPONSE = EventType("CONSULT", "discuss")
ACCUSATION = EventType("ACCUSE", "allege")
ARREST = EventType("COERCE", "arrest", "Protests", "Arrests")
SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
NONE = Casualties()
MONDAY = EventDate(date(2021, 3, 1), "day", "Monday")


def mention(kind: EventType, toll: Casualties = NONE, at: int = 0) -> EventMention:
    """A made-up mention of `kind` counting `toll`, told at offset `at`."""
    return made_up_mention(kind, toll, "Officers went to a home on Elm Road on Monday.", MONDAY, at)


@pytest.mark.parametrize(
    ("mentions", "heading", "tolls"),
    [
        pytest.param(
            [mention(RESPONSE), mention(ACCUSATION, at=60)],
            Casualties(1, None),
            [Casualties(1, None), NONE],
            id="the lead of an article counting no one takes its headline's toll",
        ),
        pytest.param(
            [mention(ARREST), mention(ACCUSATION, at=60)],
            Casualties(None, 2),
            [NONE, Casualties(None, 2)],
            id="an arrest takes no toll, so the next event is the lead",
        ),
        pytest.param(
            [replace(mention(RESPONSE), historical=True), mention(ACCUSATION, at=60)],
            Casualties(1, None),
            [NONE, Casualties(1, None)],
            id="an event of years back is no lead",
        ),
        pytest.param(
            [mention(RESPONSE), mention(SHOOTING, Casualties(2, None), at=60)],
            Casualties(1, 1),
            [NONE, Casualties(2, None)],
            id="an article whose sentences count someone keeps their toll",
        ),
        pytest.param(
            [mention(RESPONSE)],
            NONE,
            [NONE],
            id="a headline counting no one lends nothing",
        ),
    ],
)
def test_a_headline_toll_no_sentence_tells(
    mentions: list[EventMention], heading: Casualties, tolls: list[Casualties]
) -> None:
    assert [m.casualties for m in headline_lends_toll(mentions, heading)] == tolls


@pytest.mark.parametrize(
    ("title", "toll"),
    [
        ("Elmwood teen, 16, killed in officer-involved shooting", Casualties(1, None)),
        ("Two men plead guilty after 9-year-old boy shot", Casualties(None, 1)),
        ("Town has seen 30 people shot so far this year", NONE),
        ("Mayor opens new library on Elm Road", NONE),
    ],
)
def test_the_toll_a_headline_states_by_itself(title: str, toll: Casualties) -> None:
    assert headline_casualties(title) == toll
