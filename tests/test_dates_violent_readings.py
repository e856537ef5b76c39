"""Specs for a reading ACLED codes as violence whatever its PLOVER type: it is dated as an incident."""

from __future__ import annotations

from datetime import date

from kronika.model import Article
from kronika.pipeline import Pipeline

RAID = (
    "Bandits killed at least 14 villagers in a raid on a village in Zamfara state late on Friday, "
    "a local official said on Saturday.\n\n"
    "The attackers arrived on motorcycles and set homes ablaze, said Musa Bello, a resident."
)


def test_a_raids_burning_takes_the_raids_day_not_the_day_it_was_told(pipeline: Pipeline) -> None:
    """The burning told after the lead is part of the raid: Friday's, not the statement's Saturday."""
    events = pipeline.extract_articles([Article("t", RAID, published=date(2021, 3, 1))])
    burnings = [e for e in events if e.type.plover == "COERCE" and e.type.acled_event_type is not None]
    assert burnings
    assert {e.date.value for e in events if e.type.acled_event_type is not None} == {date(2021, 2, 26)}
