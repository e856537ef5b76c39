"""Specs for an earlier attack a fresh attack's story recalls: it keeps no toll above the fresh one's, unless
the story has no fresh lead (told months after its attack), or its lead counts no one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention

from kronika.model import Casualties, EventDate, EventMention, EventType
from kronika.reconcile.recalled_tolls import fresh_lead_outweighs

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
ARREST = EventType("COERCE", "arrest", "Protests", "Arrests")
NONE = Casualties()
PUBLISHED = date(2019, 9, 16)


def on(day: date, reason: str = "stated") -> EventDate:
    """A day-precise date."""
    return EventDate(day, "day", reason)


def shooting(toll: Casualties, day: date, at: int = 0, kind: EventType = SHOOTING) -> EventMention:
    """A made-up report of a shooting counting `toll` on `day`, told at offset `at`."""
    return made_up_mention(kind, toll, "Gunfire broke out at a cookout on Alder Street.", on(day), at)


SUNDAY = date(2019, 9, 15)
EARLIER = date(2019, 9, 2)
FRIDAY = date(2019, 9, 13)


@pytest.mark.parametrize(
    ("mentions", "tolls"),
    [
        pytest.param(
            [shooting(Casualties(None, 3), SUNDAY), shooting(Casualties(2, 9), EARLIER, at=90)],
            [Casualties(None, 3), NONE],
            id="a story of Sunday's shooting recalling a larger one of two weeks back drops the earlier toll",
        ),
        pytest.param(
            [
                shooting(Casualties(None, 3), SUNDAY),
                shooting(Casualties(2, 9), EARLIER, at=90),
                shooting(Casualties(None, 11), EARLIER, at=90, kind=ARREST),
            ],
            [Casualties(None, 3), NONE, NONE],
            id="another reading of the recalled sentence drops it too",
        ),
        pytest.param(
            [shooting(Casualties(None, 3), SUNDAY), shooting(Casualties(None, 2), EARLIER, at=90)],
            [Casualties(None, 3), Casualties(None, 2)],
            id="a recalled toll no larger than the fresh one's is kept",
        ),
        pytest.param(
            [
                shooting(Casualties(None, 1), SUNDAY),
                shooting(Casualties(1, 4), SUNDAY, at=60),
                shooting(Casualties(None, 4), EARLIER, at=90),
            ],
            [Casualties(None, 1), Casualties(1, 4), Casualties(None, 4)],
            id="the fresh toll is the largest of the lead's reports",
        ),
        pytest.param(
            [
                shooting(Casualties(None, 3), SUNDAY),
                replace(shooting(Casualties(1, 5), SUNDAY, at=90), historical=True),
            ],
            [Casualties(None, 3), NONE],
            id="background the dates read as past is recalled as well",
        ),
        pytest.param(
            [shooting(Casualties(None, 3), SUNDAY), shooting(Casualties(None, 5), FRIDAY, at=90)],
            [Casualties(None, 3), Casualties(None, 5)],
            id="an attack two days before the lead's may be its own night misdated and is kept",
        ),
        pytest.param(
            [shooting(NONE, SUNDAY), shooting(Casualties(2, 9), EARLIER, at=90)],
            [NONE, Casualties(2, 9)],
            id="a lead counting no one sets no bar",
        ),
        pytest.param(
            [shooting(Casualties(None, 1), EARLIER), shooting(Casualties(3, 0), date(2019, 8, 1), at=90)],
            [Casualties(None, 1), Casualties(3, 0)],
            id="a story told two weeks after its attack has no fresh lead",
        ),
    ],
)
def test_a_recalled_attack_keeps_no_toll_above_the_fresh_leads(
    mentions: list[EventMention], tolls: list[Casualties]
) -> None:
    assert [m.casualties for m in fresh_lead_outweighs(mentions, PUBLISHED)] == tolls


def test_an_undated_article_is_left_alone() -> None:
    mentions = [shooting(Casualties(None, 3), SUNDAY), shooting(Casualties(2, 9), EARLIER, at=90)]
    assert fresh_lead_outweighs(mentions, None) == mentions
