"""A mention that says it tells a further incident ('Hours later, a second shooting ...', 'another
attack', troops sent to the area clashing with the attackers) is never merged with what its article told
before it; a further victim ('another man was shot') is no further incident."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow

LEAD = "A gunman killed two men at a bar in Riverton, Wyoming, early Sunday, police said.\n\n"


@pytest.mark.parametrize(
    ("later", "records"),
    [
        ("Hours later, a second shooting outside a store on Main Street left a woman wounded.", 2),
        ("In the afternoon, another shooting near the park left a teenager wounded.", 2),
        # a further victim of the same shooting
        ("Another man was shot in the leg and taken to a hospital.", 1),
        # the definite 'the second shooting' points back at a further one told before: here, none
        ("Police said the shooting followed an argument.", 1),
    ],
)
def test_a_further_incident_is_a_record_of_its_own(pipeline: Pipeline, later: str, records: int) -> None:
    article = Article(id="t", text=LEAD + later, published=date(2023, 6, 12))
    events = [e for e in pipeline.extract_articles([article]) if e.type.plover == "ASSAULT"]
    assert len(events) == records


RAID = "Armed men on motorbikes killed nine villagers in a raid on Kolo, in Niger, on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("later", "tolls"),
    [
        # troops sent in answer fight a battle of their own after the raid
        ("Soldiers sent to the area clashed with the raiders, killing five.", [(9, None), (5, None)]),
        # rockets fired hours later are a further attack
        (
            "Hours later, the raiders fired rockets at an army post near Kolo, wounding two soldiers.",
            [(9, None), (None, 2)],
        ),
        # burning told as part of the raid is the raid's own, no record of its own beside it
        ("The raiders stormed the market, opening fire on traders and setting stalls ablaze.", [(9, None)]),
    ],
)
def test_troops_sent_in_answer_fight_an_event_of_their_own(
    pipeline: Pipeline, later: str, tolls: list[tuple[int | None, int | None]]
) -> None:
    article = Article(id="t", text=RAID + later, published=date(2023, 6, 15))
    events = [e for e in pipeline.extract_articles([article]) if e.type.acled_event_type is not None]
    assert [(e.casualties.fatalities, e.casualties.injured) for e in events] == tolls
