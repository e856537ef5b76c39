"""Specs for the contract record: every field spelled as the contract says, and an exact round trip."""

from __future__ import annotations

import json
from datetime import date

import pytest
from builders import CONTRACT_FIELDS

from kronika.model import Actor, Casualties, Event, EventDate, EventType, Evidence, Place
from kronika.records import event_from_record, event_record

FULL = Event(
    id="ev_0123456789abcdef",
    articles=("a1", "b2"),
    type=EventType("PROTEST", "riot", "Riots", "Violent demonstration"),
    date=EventDate(date(2020, 10, 5), "day", "'Monday night' before publication 2020-10-06"),
    location=Place("Bishkek", "KGZ", "Bishkek", 42.87001, 74.59, "city"),
    actors=(Actor("protesters", "Protesters", "KGZ", "CVL"), Actor("Sadyr Japarov", "Japarov")),
    targets=(Actor("police", "the police", "KGZ", "COP"),),
    casualties=Casualties(1, 590),
    evidence=(
        Evidence("a1", "Crowds rallied in the capital on Monday night.", 0, 46),
        Evidence("b2", "Protesters took over the parliament \u2014 a first.", 12, 58),
    ),
    historical=False,
    confidence=0.8736,
)
BARE = Event(
    id="ev_fedcba9876543210",
    articles=("c3",),
    type=EventType("ACCUSE"),
    date=EventDate(None, None, "unknown: no time expression"),
    location=None,
    actors=(),
    targets=(),
    casualties=Casualties(),
    evidence=(Evidence("c3", "The party blamed its rivals.", 5, 33),),
    historical=True,
    confidence=0.3,
)


@pytest.mark.parametrize("event", [FULL, BARE], ids=["full", "bare"])
def test_a_record_round_trips_exactly_through_json(event: Event) -> None:
    record = json.loads(json.dumps(event_record(event)))
    assert event_from_record(record) == event


@pytest.mark.parametrize("event", [FULL, BARE], ids=["full", "bare"])
def test_the_record_has_every_contract_field(event: Event) -> None:
    record = event_record(event)
    assert set(record) >= CONTRACT_FIELDS
    assert "date_reason" in record


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("type", "PROTEST"),
        ("mode", "riot"),
        ("acled_sub_event_type", "Violent demonstration"),
        ("date", "2020-10-05"),
        ("date_precision", "day"),
        ("fatalities", 1),
        ("injured", 590),
        ("articles", ["a1", "b2"]),
        (
            "location",
            {
                "name": "Bishkek",
                "country": "KGZ",
                "admin1": "Bishkek",
                "lat": 42.87001,
                "lon": 74.59,
                "precision": "city",
            },
        ),
        ("targets", [{"name": "police", "text": "the police", "country": "KGZ", "sector": "COP"}]),
        (
            "evidence",
            [
                {
                    "article": "a1",
                    "text": "Crowds rallied in the capital on Monday night.",
                    "start": 0,
                    "end": 46,
                },
                {
                    "article": "b2",
                    "text": "Protesters took over the parliament \u2014 a first.",
                    "start": 12,
                    "end": 58,
                },
            ],
        ),
    ],
)
def test_fields_are_spelled_as_the_contract_says(field: str, expected: object) -> None:
    assert event_record(FULL)[field] == expected


def test_a_bare_event_writes_nulls_not_missing_fields() -> None:
    record = event_record(BARE)
    assert record["date"] is None and record["location"] is None
    assert record["fatalities"] is None and record["injured"] is None
    assert record["actors"] == [] and record["historical"] is True
