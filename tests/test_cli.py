"""The `kronika` command end to end, through click's runner, on the project's own example reports."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import CONTRACT_FIELDS
from click.testing import CliRunner, Result
from conftest import EXAMPLES, SHARED_DATA

from kronika.cli import main

pytestmark = pytest.mark.slow

REPORTS = EXAMPLES / "reports"


def run(*args: str, stdin: str | None = None) -> Result:
    """Invoke the CLI in-process, keeping standard error apart from standard output."""
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def records(result: Result) -> list[dict[str, object]]:
    """The JSON Lines records a run wrote to standard output."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def example_records() -> list[dict[str, object]]:
    """Events from every example report, as JSON Lines."""
    result = run("extract", str(REPORTS), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return records(result)


def test_every_record_has_the_contract_fields(example_records: list[dict[str, object]]) -> None:
    assert example_records
    for record in example_records:
        assert record.keys() >= CONTRACT_FIELDS
        assert record["evidence"], record


def test_evidence_offsets_point_at_the_evidence_text(example_records: list[dict[str, object]]) -> None:
    from kronika.pipeline import read_articles

    articles, _ = read_articles([str(REPORTS)])
    texts = {a.id: a.text for a in articles}
    for record in example_records:
        for ev in record["evidence"]:  # type: ignore[attr-defined]
            assert texts[ev["article"]][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize(
    ("article", "plover", "day", "fatalities", "injured"),
    [
        ("riverside-shooting_2023-03-14", "ASSAULT", "2023-03-12", 2, 3),
        ("wire-002", "ASSAULT", "2024-05-02", 4, 2),
        ("wire-001", "PROTEST", "2024-05-01", None, None),
    ],
)
def test_example_events_carry_type_date_and_casualties(
    example_records: list[dict[str, object]],
    article: str,
    plover: str,
    day: str,
    fatalities: int | None,
    injured: int | None,
) -> None:
    matches = [r for r in example_records if article in r["articles"] and r["type"] == plover]  # type: ignore[operator]
    assert matches, f"no {plover} event from {article}"
    best = max(matches, key=lambda r: (r["fatalities"] or 0) + (r["injured"] or 0))
    assert (best["date"], best["fatalities"], best["injured"]) == (day, fatalities, injured)


def test_bad_inputs_are_reported_by_name_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me protest in Montr\xe9al".encode("latin-1") * 5)
    (tmp_path / "german.txt").write_text(
        "Die Demonstranten zogen am Montag durch die Innenstadt und forderten den Rücktritt der Regierung. "
        "Die Polizei setzte Wasserwerfer ein, und mehrere Menschen wurden dabei verletzt."
    )
    (tmp_path / "broken.jsonl").write_text(
        '{"id": "ok-1", "text": "Riot police arrested nine students '
        'outside the university in Dhaka on Monday, witnesses said."}\n{oops\n'
    )
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: checked by size, never read
    good = tmp_path / "good_2023-03-14.txt"
    good.write_text((REPORTS / "riverside-shooting_2023-03-14.txt").read_text())
    result = run("extract", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    for name in (
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "german.txt",
        "broken.jsonl:2",
        "huge.txt",
        "missing.txt",
    ):
        assert sum(name in line for line in errors) == 1, result.stderr
    assert len(errors) == 7, result.stderr
    read = {a for r in records(result) for a in r["articles"]}  # type: ignore[attr-defined]
    assert {"good_2023-03-14", "ok-1"} <= read


def test_the_database_keeps_each_event_once_and_filters(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    first = run("extract", str(REPORTS), "--db", str(db), "--format", "jsonl")
    again = run("extract", str(REPORTS), "--db", str(db), "--format", "jsonl")
    assert first.exit_code == again.exit_code == 0
    stored = records(run("events", "--db", str(db), "--format", "jsonl"))
    assert sorted(r["id"] for r in stored) == sorted(r["id"] for r in records(first))  # type: ignore[type-var]
    kgz = records(
        run("events", "--db", str(db), "--country", "KGZ", "--since", "2020-10-01", "--format", "jsonl")
    )
    assert kgz and all(r["location"]["country"] == "KGZ" for r in kgz)  # type: ignore[index]
    protests = records(run("events", "--db", str(db), "--type", "PROTEST", "--format", "jsonl"))
    assert protests and all(r["type"] == "PROTEST" for r in protests)
    news = records(run("events", "--db", str(db), "--news", "--format", "jsonl"))
    assert news and not any(r["historical"] for r in news)
    assert not records(run("events", "--db", str(db), "--historical", "--format", "jsonl"))
    sure = records(run("events", "--db", str(db), "--min-confidence", "0.5", "--format", "jsonl"))
    assert sure and all(r["confidence"] >= 0.5 for r in sure)  # type: ignore[operator]
    real = records(run("events", "--db", str(db), "--min-realis", "0.8", "--format", "jsonl"))
    assert real and len(real) < len(stored) and all(r["realis"] >= 0.8 for r in real)  # type: ignore[operator]


def test_extract_drops_readings_under_the_realis_floor_given() -> None:
    report = str(REPORTS / "bishkek-night_2020-10-06.txt")
    strict = run("extract", report, "--min-realis", "1", "--format", "jsonl")
    every = run("extract", report, "--min-realis", "0", "--format", "jsonl")
    assert strict.exit_code == every.exit_code == 0, strict.stderr + every.stderr
    assert 0 < len(records(strict)) < len(records(every))


def test_extract_refuses_a_realis_floor_outside_0_to_1() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--min-realis", "1.5"], input="")
    assert result.exit_code == 2 and "--min-realis" in result.stderr


def test_exports_hold_the_same_events_as_the_records(
    tmp_path: Path, example_records: list[dict[str, object]]
) -> None:
    db = tmp_path / "events.duckdb"
    geojson = run("extract", str(REPORTS), "--db", str(db), "--format", "geojson")
    assert geojson.exit_code == 0, geojson.stderr
    features = json.loads(geojson.stdout)["features"]
    assert sorted(f["id"] for f in features) == sorted(str(r["id"]) for r in example_records)
    plover = json.loads(run("events", "--db", str(db), "--format", "plover").stdout)
    assert sorted(p["id"] for p in plover) == sorted(str(r["id"]) for r in example_records)
    acled = run("events", "--db", str(db), "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(acled.stdout)))
    codable = [r for r in example_records if r["acled_event_type"] and not r["historical"]]
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(str(r["id"]) for r in codable)
    left_out = len(example_records) - len(codable)
    assert f"left out {left_out} events not coded by ACLED" in acled.stderr


def test_standard_input_is_read_with_a_publication_date() -> None:
    text = (REPORTS / "riverside-shooting_2023-03-14.txt").read_text()
    result = run("extract", "-", "--published", "2023-03-14", "--format", "jsonl", stdin=text)
    assert result.exit_code == 0, result.stderr
    assert any(r["articles"] == ["stdin"] and r["type"] == "ASSAULT" for r in records(result))


def test_a_bad_publication_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", str(REPORTS), "--published", "6 Oct"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


@pytest.mark.shared
def test_two_reports_of_one_night_give_each_shared_event_once(shared_data: Path) -> None:
    seed = shared_data / "moscowtimes_2020-10-06.txt"
    result = run(
        "extract",
        str(seed),
        str(REPORTS / "bishkek-night_2020-10-06.txt"),
        "--published",
        "2020-10-06",
        "--format",
        "jsonl",
    )
    assert result.exit_code == 0, result.stderr
    both = [r for r in records(result) if len(r["articles"]) == 2]  # type: ignore[arg-type]
    kinds = {r["type"] for r in both}
    assert {"RETREAT", "PROTEST"} <= kinds, kinds
    resignations = [r for r in records(result) if r["type"] == "RETREAT" and r["mode"] == "resign"]
    assert len(resignations) == 1


@pytest.mark.shared
def test_seed_output_passes_the_shared_contract_checker(shared_data: Path) -> None:
    checker = SHARED_DATA.parent / "tools" / "check_contract.py"
    result = run(
        "extract",
        str(shared_data / "moscowtimes_2020-10-06.txt"),
        "--published",
        "2020-10-06",
        "--format",
        "jsonl",
    )
    check = subprocess.run(
        [sys.executable, str(checker)], input=result.stdout, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout


def test_the_package_runs_as_a_module_like_the_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kronika", "--help"], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0
    assert "extract" in done.stdout


def test_extract_in_workers_writes_the_same_records(example_records: list[dict[str, object]]) -> None:
    pooled = run("extract", str(REPORTS), "--workers", "2", "--format", "jsonl")
    assert pooled.exit_code == 0, pooled.stderr
    assert records(pooled) == example_records


def test_extract_in_workers_reports_a_bad_input_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "report.txt").write_text((REPORTS / "riverside-shooting_2023-03-14.txt").read_text())
    result = run("extract", str(tmp_path), "--workers", "2", "--published", "2023-03-14", "--format", "jsonl")
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert any(r["type"] == "ASSAULT" for r in records(result))


def test_extract_refuses_fewer_than_one_worker() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--workers", "0"], input="")
    assert result.exit_code == 2 and "--workers" in result.stderr


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_the_same_records_whatever_the_hash_seed(
    hash_seed: str, example_records: list[dict[str, object]]
) -> None:
    # a worker is a fresh interpreter whose set and dict-of-set orders follow its own hash seed
    command = [sys.executable, "-m", "kronika", "extract", str(REPORTS), "--format", "jsonl"]
    done = subprocess.run(
        command, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": hash_seed}
    )
    assert [json.loads(line) for line in done.stdout.splitlines()] == example_records
