"""The old-schema evaluation: 2015 notes typed within what their old event type became, arguments as usual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from builders import write_acled_notes, write_old_acled_notes

from kronika.evaluation.acled import FILE
from kronika.evaluation.legacy import LEGACY, item_from_old_row, load_legacy, score_legacy
from kronika.evaluation.report import DatasetResult
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Place, Span


def old_row(kind: str = "Riots/Protests", note: str = "Students rallied in Dhaka.") -> dict[str, str]:
    """An old-schema CSV row as csv.DictReader gives it."""
    return {
        "EVENT_ID_CNTY": "BNG1",
        "EVENT_DATE": "05-March-2015",
        "EVENT_TYPE": kind,
        "INTER1": "6",
        "ADMIN1": "Dhaka",
        "LATITUDE": "23.71",
        "LONGITUDE": "90.41",
        "NOTES": note,
        "FATALITIES": "",
    }


def typed(kind: str | None, day: date | None = None, killed: int | None = None) -> EventMention:
    """A mention of the given ACLED event type; its place unknown, its date and toll as given."""
    text = "Students rallied in Dhaka."
    return EventMention(
        article_id="BNG1",
        type=EventType("PROTEST", None, kind, None),
        date=EventDate(day, "day" if day else None, "test"),
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(fatalities=killed),
        evidence=Evidence("BNG1", text, 0, len(text)),
        trigger=Span(9, 16, "rallied"),
        historical=False,
        confidence=0.8,
    )


def figures(result: DatasetResult) -> dict[str, float | None]:
    """The result's figures by metric name."""
    return {row.metric: row.value for row in result.rows}


@pytest.mark.parametrize(
    ("old_type", "predicted", "right"),
    [
        ("Riots/Protests", "Protests", True),
        ("Riots/Protests", "Riots", True),
        ("Riots/Protests", "Battles", False),
        ("Battle-No change of territory", "Battles", True),
        ("Violence Against Civilians", "Violence against civilians", True),  # the file writes both cases
        ("Remote violence", "Explosions/Remote violence", True),
        ("Remote violence", "Violence against civilians", False),
        ("Strategic development", "Strategic developments", True),
        ("Strategic development", None, False),  # an event ACLED would not code is no answer
    ],
)
def test_an_old_type_allows_what_it_became(old_type: str, predicted: str | None, right: bool) -> None:
    item = item_from_old_row(old_row(old_type))
    assert item is not None
    got = figures(score_legacy([item], [typed(predicted)]))
    assert got["event_type accuracy"] == float(right)


def test_the_arguments_are_scored_as_on_modern_notes() -> None:
    item = item_from_old_row(old_row())
    assert item is not None
    assert item.gold.event_date == date(2015, 3, 5)
    assert item.gold.fatalities == 0  # an empty count is ACLED's zero
    got = figures(score_legacy([item], [typed("Protests", date(2015, 3, 5), killed=0)]))
    assert got["date exact"] == 1.0
    assert got["fatalities exact"] == 1.0
    assert got["admin1 exact"] == 0.0  # the mention has no place
    missed = figures(score_legacy([item], [None]))
    assert missed["event_type accuracy"] == 0.0
    assert missed["date exact"] == 0.0


@pytest.mark.parametrize(
    "row",
    [
        old_row(kind="Riots"),  # not an old-schema type
        old_row(note="  "),
        old_row() | {"INTER1": ""},
        old_row() | {"LATITUDE": ""},
    ],
)
def test_a_row_without_a_usable_type_note_actor_or_place_is_left_out(row: dict[str, str]) -> None:
    assert item_from_old_row(row) is None


def test_notes_that_a_modern_file_holds_are_left_out(tmp_path: Path) -> None:
    recoded = "Supporters of two student groups clashed outside the college gate in Dhaka; a dozen were hurt."
    fresh = "Rickshaw pullers blocked the highway near Savar for three hours over a ban on their vehicles."
    write_old_acled_notes(tmp_path / LEGACY, [("Riots/Protests", recoded), ("Riots/Protests", fresh)])
    write_acled_notes(tmp_path / FILE, [recoded.upper() + " Later the police arrived."])
    assert [item.gold.notes for item in load_legacy(tmp_path, 10)] == [fresh]
    (tmp_path / FILE).unlink()  # with no modern file present, nothing is held back
    assert len(load_legacy(tmp_path, 10)) == 2


@pytest.mark.parametrize(
    ("old_admin1", "predicted", "right"),
    [
        ("Dhaka", "Dhaka", True),
        ("Delhi", "NCT of Delhi", True),  # renamed since
        ("Central", "Bagmati", True),  # Nepal's development region, now parts of two provinces
        ("Central", "Koshi", False),
        ("Federally Administered Tribal Areas", "Khyber Pakhtunkhwa", True),  # merged since
        ("Khyber Pakhtunkhwa", "Federally Administered Tribal Areas", False),
    ],
)
def test_a_region_renamed_since_2015_matches_under_either_name(
    old_admin1: str, predicted: str, right: bool
) -> None:
    item = item_from_old_row(old_row() | {"ADMIN1": old_admin1})
    assert item is not None
    place = Place(name="Somewhere", country="NPL", admin1=predicted, lat=27.7, lon=85.3, precision="city")
    mention = replace(typed("Protests"), location=place)
    assert figures(score_legacy([item], [mention]))["admin1 exact"] == float(right)
