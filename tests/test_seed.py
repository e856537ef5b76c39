"""The canonical report (../shared/data/moscowtimes_2020-10-06.txt): what an analyst expects from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.model import Event
from kronika.pipeline import Pipeline

pytestmark = [pytest.mark.slow, pytest.mark.shared]

PUBLISHED = date(2020, 10, 6)


@pytest.fixture(scope="module")
def seed_events(shared_data: Path) -> list[Event]:
    """The seed's events, as the whole extract path gives them."""
    result = Pipeline.load().extract([str(shared_data / "moscowtimes_2020-10-06.txt")], published=PUBLISHED)
    assert not result.errors
    return list(result.events)


def find(events: list[Event], plover: str, words: str) -> Event:
    """The event of this type whose evidence mentions all these words."""
    for event in events:
        text = " ".join(e.text for e in event.evidence).lower()
        if event.type.plover == plover and all(w in text for w in words.lower().split()):
            return event
    raise AssertionError(f"no {plover} event with evidence mentioning {words!r}")


@pytest.mark.parametrize(
    ("plover", "words", "day"),
    [
        ("RETREAT", "Boronov resigned", "2020-10-06"),
        ("PROTEST", "poured streets", "2020-10-05"),
        ("COERCE", "seizing government buildings", "2020-10-05"),
        ("MOBILIZE", "security base", None),
        ("REQUEST", "United States refrain", None),
        ("COOPERATE", "coordination council", None),
        ("REJECT", "refused recognize", None),
        ("ACCUSE", "accused", "2020-10-06"),
        ("COERCE", "coal mine Naryn", None),
    ],
)
def test_current_events_come_out_typed_and_dated(
    seed_events: list[Event], plover: str, words: str, day: str | None
) -> None:
    event = find(seed_events, plover, words)
    assert not event.historical
    if day is not None:
        assert event.date.value == date.fromisoformat(day)


def test_the_resignation_is_a_resign_mode_retreat_by_boronov(seed_events: list[Event]) -> None:
    event = find(seed_events, "RETREAT", "Boronov resigned")
    assert event.type.mode == "resign"
    assert event.type.acled_event_type is None
    assert any("Boronov" in a.name and a.country == "KGZ" for a in event.actors)


def test_the_unrest_carries_one_dead_and_about_700_hurt(seed_events: list[Event]) -> None:
    tolls = [e for e in seed_events if e.casualties.fatalities == 1]
    assert len(tolls) == 1
    assert tolls[0].casualties.injured is not None and 590 <= tolls[0].casualties.injured <= 700


@pytest.mark.parametrize(
    ("words", "admin1", "lat", "lon"),
    [
        ("Talas", "Talas", 42.5, 72.2),
        ("Naryn", "Naryn", 41.4, 75.9),
        ("seizing government buildings", "Bishkek", 42.87, 74.59),
    ],
)
def test_events_are_placed_in_their_own_region(
    seed_events: list[Event], words: str, admin1: str, lat: float, lon: float
) -> None:
    event = next(
        e for e in seed_events if e.location and any(words.lower() in x.text.lower() for x in e.evidence)
    )
    assert event.location is not None
    assert (event.location.country, event.location.admin1) == ("KGZ", admin1)
    assert event.location.lat is not None and event.location.lon is not None
    assert abs(event.location.lat - lat) < 1.0 and abs(event.location.lon - lon) < 1.5


def test_background_is_historical(seed_events: list[Event]) -> None:
    for event in seed_events:
        if event.date.value is not None and event.date.value < date(2020, 9, 1):
            assert event.historical, event.evidence[0].text


def test_boilerplate_gives_no_event(seed_events: list[Event]) -> None:
    for event in seed_events:
        text = " ".join(e.text for e in event.evidence).lower()
        assert "favor" not in text and "foreign agent" not in text and "support us" not in text
