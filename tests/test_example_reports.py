"""Specs for the shipped example reports that tell what the seed does not: a denial, a forecast, a refusal
to say, a threat. Each comes out as an analyst would code it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from kronika.cli import main

REPORTS = EXAMPLES / "reports"
TBILISI = "tbilisi-raid_2021-02-24"
DJIBO = "djibo-threat_2022-03-07"

Row = tuple[str, str | None, str | None]  # PLOVER type, date, a doer's sector


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, object]]]:
    """The records of the two reports, by article."""
    paths = [str(REPORTS / f"{name}.txt") for name in (TBILISI, DJIBO)]
    result = CliRunner().invoke(main, ["extract", *paths, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    out: dict[str, list[dict[str, object]]] = {TBILISI: [], DJIBO: []}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        for article in record["articles"]:
            out[article].append(record)
    return out


def _rows(records: list[dict[str, object]]) -> set[Row]:
    """(type, date, sector) for every doer of every record."""
    return {
        (str(r["type"]), r["date"], a["sector"])  # type: ignore[misc]
        for r in records
        for a in r["actors"]  # type: ignore[attr-defined]
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("article", "row"),
    [
        # the denial is the ministry's words of the report's day; the arrest and the tear gas the day before
        (TBILISI, ("REJECT", "2021-02-24", None)),
        (TBILISI, ("COERCE", "2021-02-23", "COP")),
        (TBILISI, ("ASSAULT", "2021-02-23", "COP")),
        # the rally announced for Friday is a threat made on the report's day, by the opposition as a group
        (TBILISI, ("THREATEN", "2021-02-24", "OPP")),
        # the armed group's threat on Sunday, as the rebels it is linked to; the teachers killed on Friday
        (DJIBO, ("THREATEN", "2022-03-06", "REB")),
        (DJIBO, ("ASSAULT", "2022-03-04", "UAF")),
    ],
)
def test_each_event_is_coded(coded: dict[str, list[dict[str, object]]], article: str, row: Row) -> None:
    """The event is there with its type, day and doer (None: any doer)."""
    found = _rows(coded[article])
    assert row in found or (row[2] is None and any(f[:2] == row[:2] for f in found))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("article", "plover", "mode"),
    [
        # 'refused to say how many' and 'refused to say when' reject nothing; 'gave no order' gave nothing
        (TBILISI, "REJECT", "refuse"),
        (DJIBO, "REJECT", "refuse"),
        (TBILISI, "AID", None),
        # the troops the army 'would send' are a forecast, the schools 'denied' closed are no closure
        (DJIBO, "MOBILIZE", None),
        (DJIBO, "CONCEDE", None),
    ],
)
def test_what_did_not_happen_is_no_event(
    coded: dict[str, list[dict[str, object]]], article: str, plover: str, mode: str | None
) -> None:
    """No record of a refusal to say, an act denied, a forecast."""
    assert not [r for r in coded[article] if r["type"] == plover and mode in (None, r["mode"])]


@pytest.mark.slow
def test_the_detained_leader_and_the_injured(coded: dict[str, list[dict[str, object]]]) -> None:
    """The arrest's target is the leader named, no 'how many people'; the tear gas hurt twenty."""
    (arrest,) = [r for r in coded[TBILISI] if r["type"] == "COERCE"]
    assert [t["name"] for t in arrest["targets"]] == ["Nika Melia"]  # type: ignore[attr-defined]
    (gassed,) = [r for r in coded[TBILISI] if r["type"] == "ASSAULT"]
    assert gassed["injured"] == 20
