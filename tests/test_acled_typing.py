"""Specs for ACLED coding by who did an event: a crowd storming a building, a coalition of parties."""

from __future__ import annotations

import pytest

from kronika.events.acled_typing import acled_for_doers
from kronika.model import EventType

SEIZED = EventType("COERCE", "seize", "Strategic developments", "Other")
LOOTED = EventType("COERCE", "seize", "Strategic developments", "Looting/property destruction")
ALLIED = EventType("COOPERATE", "alliance", "Strategic developments", "Change to group/activity")
PROTESTED = EventType("COERCE", "seize", "Protests", "Peaceful protest")
RIOT = ("Riots", "Violent demonstration")
UNCODED = (None, None)


@pytest.mark.parametrize(
    ("event", "sectors", "stormed", "expected"),
    [
        # protesters, students or an opposition's supporters seizing a building riot
        (SEIZED, {"CVL"}, True, RIOT),
        (LOOTED, {"EDU", "OPP"}, True, RIOT),
        # a seizure of something else, by an armed group, or one a sure reading codes as a protest
        # ("demonstrators symbolically took over the ministry") keeps its coding
        (PROTESTED, {"CVL"}, True, ("Protests", "Peaceful protest")),
        (SEIZED, {"CVL"}, False, ("Strategic developments", "Other")),
        (LOOTED, {"REB"}, True, ("Strategic developments", "Looting/property destruction")),
        (LOOTED, {"CVL", "CRM"}, True, ("Strategic developments", "Looting/property destruction")),
        # parties or civilians forming a coalition are not coded by ACLED
        (ALLIED, {"PTY"}, False, UNCODED),
        (ALLIED, {"OPP", "CVL"}, False, UNCODED),
        # armed groups, forces and governments changing their activity are
        (ALLIED, {"REB"}, False, ("Strategic developments", "Change to group/activity")),
        (ALLIED, {"PTY", "MIL"}, False, ("Strategic developments", "Change to group/activity")),
        (ALLIED, {"GOV"}, False, ("Strategic developments", "Change to group/activity")),
        # an actor of unknown sector, or nobody named, tells nothing
        (ALLIED, {None}, False, ("Strategic developments", "Change to group/activity")),
        (ALLIED, set(), False, ("Strategic developments", "Change to group/activity")),
    ],
)
def test_doers_set_the_acled_coding(
    event: EventType, sectors: set[str | None], stormed: bool, expected: tuple[str | None, str | None]
) -> None:
    coded = acled_for_doers(event, frozenset(sectors), stormed)
    assert (coded.acled_event_type, coded.acled_sub_event_type) == expected
    assert (coded.plover, coded.mode) == (event.plover, event.mode)


# a note the coder heads as a change to group/activity is one, whoever its clause names as doers:
# "Security measures: a curfew was imposed after a clash between two party factions" (the factions),
# "Change to armed group: the elders asked their youths to take up arms" (civilians)
@pytest.mark.parametrize("sectors", [{"PTY"}, {"CVL"}, {"OPP", "CVL"}, {"JUD"}])
def test_a_headed_change_to_group_activity_stands(sectors: set[str | None]) -> None:
    coded = acled_for_doers(ALLIED, frozenset(sectors), False, headed=True)
    assert (coded.acled_event_type, coded.acled_sub_event_type) == (
        "Strategic developments",
        "Change to group/activity",
    )
