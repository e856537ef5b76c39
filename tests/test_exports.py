"""Exports analysts load: ACLED-style CSV rows and codes, PLOVER JSON records, GeoJSON features."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from kronika.exports import EXPORTS, write_acled_csv, write_geojson, write_plover
from kronika.exports.acled_csv import COLUMNS, inter_code, interaction_code
from kronika.model import Actor, Casualties, Event, EventDate, EventType, Evidence, Place

NO_TOLL = Casualties()
TOWN = Place("Karakol", "KGZ", "Issyk-Kul", 42.49, 78.39, "city")
NOTE = "Miners blocked the road to the gold mine near Karakol on Friday and clashed with police."


def made_up_event(
    kind: EventType,
    actors: tuple[Actor, ...] = (),
    targets: tuple[Actor, ...] = (),
    place: Place | None = TOWN,
    toll: Casualties = NO_TOLL,
    historical: bool = False,
) -> Event:
    """An invented event in Karakol on 2 April 2021, told by one article."""
    return Event(
        id="ev_test",
        articles=("a1",),
        type=kind,
        date=EventDate(date(2021, 4, 2), "day", "'on Friday' relative to publication 2021-04-03"),
        location=place,
        actors=actors,
        targets=targets,
        casualties=toll,
        evidence=(Evidence("a1", NOTE, 0, len(NOTE)),),
        historical=historical,
        confidence=0.8,
    )


RIOT = EventType("PROTEST", "riot", "Riots", "Violent demonstration")
MOB = EventType("ASSAULT", "beat", "Riots", "Mob violence")
RALLY = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
CLASH = EventType("ASSAULT", "firearms", "Battles", "Armed clash")
STATEMENT = EventType("ACCUSE", None, None, None)
MINERS = Actor("Miners", "Miners", "KGZ", "LAB")
POLICE = Actor("Police", "police", "KGZ", "COP")
SHOPKEEPERS = Actor("Shopkeepers", "shopkeepers", "KGZ", "CVL")


@pytest.mark.parametrize(
    ("actor", "kind", "doer", "code"),
    [
        (POLICE, RIOT, True, 1),
        (Actor("Russian military", "Russian troops", "RUS", "MIL"), CLASH, True, 8),
        (Actor("Peacekeepers", "UN peacekeepers", None, "IGO"), CLASH, True, 8),
        (Actor("Insurgents", "insurgents", "KGZ", "REB"), CLASH, True, 2),
        (Actor("Gunmen", "gunmen", None, "UAF"), CLASH, False, 3),
        (MINERS, RALLY, True, 6),
        (MINERS, RALLY, False, 6),
        (MINERS, RIOT, True, 5),
        (MINERS, RIOT, False, 5),
        (SHOPKEEPERS, MOB, False, 7),
        (Actor("Party", "the ruling party", "KGZ", "PTY"), CLASH, True, 3),
        (Actor("Party", "the ruling party", "KGZ", "PTY"), RIOT, False, 7),
        (None, CLASH, False, 0),
    ],
)
def test_inter_codes_follow_acleds_actor_kinds(
    actor: Actor | None, kind: EventType, doer: bool, code: int
) -> None:
    assert inter_code(actor, made_up_event(kind), doer=doer) == code


@pytest.mark.parametrize(
    ("inter1", "inter2", "interaction"), [(5, 1, 15), (1, 7, 17), (6, 0, 60), (2, 2, 22)]
)
def test_interaction_puts_the_smaller_code_first(inter1: int, inter2: int, interaction: int) -> None:
    assert interaction_code(inter1, inter2) == interaction


def csv_rows(events: list[Event]) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows the ACLED writer produces for `events`."""
    out = io.StringIO()
    write_acled_csv(events, out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return list(reader.fieldnames or []), list(reader)


def test_acled_rows_carry_acleds_columns_and_codes() -> None:
    event = made_up_event(RIOT, actors=(MINERS,), targets=(POLICE,), toll=Casualties(None, 4))
    header, rows = csv_rows([event])
    assert header == list(COLUMNS)
    (row,) = rows
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2021-04-02", "2021", "1")
    assert (row["event_type"], row["sub_event_type"]) == ("Riots", "Violent demonstration")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == (
        "Miners", "5", "Police", "1", "15",
    )  # fmt: skip
    assert (row["country"], row["admin1"], row["location"], row["geo_precision"]) == (
        "Kyrgyzstan", "Issyk-Kul", "Karakol", "1",
    )  # fmt: skip
    assert (row["latitude"], row["longitude"]) == ("42.49", "78.39")
    assert (row["fatalities"], row["injured"], row["notes"]) == ("0", "4", NOTE)


def test_acled_export_counts_the_events_acled_would_not_code() -> None:
    events = [
        made_up_event(RALLY, actors=(MINERS,)),
        made_up_event(STATEMENT, actors=(POLICE,)),
        made_up_event(CLASH, historical=True),
    ]
    summary = write_acled_csv(events, io.StringIO())
    assert (summary.written, summary.left_out) == (1, 2)
    assert "not coded by ACLED" in summary.why_left_out


def test_an_unplaced_event_has_empty_place_columns() -> None:
    _, (row,) = csv_rows([made_up_event(RALLY, place=None)])
    assert (row["country"], row["location"], row["latitude"], row["geo_precision"]) == ("", "", "", "")


def test_geojson_places_each_event_longitude_first_and_keeps_unplaced_ones() -> None:
    out = io.StringIO()
    summary = write_geojson([made_up_event(RALLY), made_up_event(RIOT, place=None)], out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    placed, unplaced = collection["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [78.39, 42.49]}
    assert placed["properties"]["acled_sub_event_type"] == "Peaceful protest"
    assert unplaced["geometry"] is None
    assert summary.written == 2


def test_geojson_of_no_events_is_an_empty_collection() -> None:
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_plover_records_name_fields_as_plover_does() -> None:
    out = io.StringIO()
    events = [
        made_up_event(CLASH, actors=(POLICE,), targets=(MINERS,), toll=Casualties(2, None)),
        made_up_event(STATEMENT, actors=(POLICE,), place=None),
    ]
    write_plover(events, out)
    clash, statement = json.loads(out.getvalue())
    assert (clash["event"], clash["mode"], clash["date"], clash["dead"]) == (
        "ASSAULT",
        "firearms",
        "2021-04-02",
        2,
    )
    assert "injured" not in clash  # no figure given is not zero injured
    assert clash["source"] == [{"actorText": "police", "actor": "Police", "code": "KGZ", "sector": "COP"}]
    assert clash["target"][0]["sector"] == "LAB"
    assert clash["eventLoc"]["name"] == "Karakol"
    assert (statement["event"], statement["eventLoc"]) == ("ACCUSE", None)
    assert "dead" not in statement


def test_every_export_is_offered_by_name() -> None:
    assert set(EXPORTS) == {"acled-csv", "plover", "geojson"}
