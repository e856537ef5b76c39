"""The coder-point blocks of the town table, remade from training rows (coder_build/points.py, rows.py)."""

from __future__ import annotations

import csv
import gzip
from functools import partial
from importlib import resources
from pathlib import Path

import pytest
from builders import coder_row

from kronika.coder_build.points import (
    MARKER,
    UNIT_COLUMNS,
    TableLine,
    Verdict,
    check_blocks,
    coder_point,
    index_rows,
    read_blocks,
    rewrite,
)
from kronika.coder_build.rows import CoderRow, training_rows
from kronika.events.train import EXTRA_FILE, MONTH_FILE, VAL_FRACTION, extra_held_out, share

# An invented table: a header a blank line ends, a marked block of towns, a plain block, a marked block of
# units. Places and points are made up (the country codes are real, the towns are not).
TABLE = f"""# Towns the lists lack.
# Blocks marked "{MARKER}" are remade by scripts/coder_points.py.

# Ruritania's villages ({MARKER}, rounded)
SSD\tMaboko;Mabokko\tLakes\t6.50\t30.10
SSD\tTarang\tUnity\t9.000\t29.500
# Spellings of listed towns, from general knowledge
SSD\tJubba\tCentral Equatoria\t4.85\t31.60
# Units, each at its seat town where coders place events there, else at the middle of its events
# ({MARKER})
KEN\tKorongo East\tMigori\t-1.00\t34.00
"""


# A training row of South Sudan's Lakes state unless a case tells otherwise.
row = partial(coder_row, iso3="SSD", admin1="Lakes")


def line(names: str, admin1: str = "Lakes", iso3: str = "SSD", digits: int = 2) -> TableLine:
    """A table line at a point far from every row."""
    return TableLine(0, iso3, tuple(names.split(";")), admin1, 0.0, 0.0, digits)


def test_blocks_are_read_with_their_marks_and_digits() -> None:
    blocks = read_blocks(TABLE)
    assert [b.marked for b in blocks] == [True, False, True]
    assert [len(b.lines) for b in blocks] == [2, 1, 1]
    assert [ln.digits for ln in blocks[0].lines] == [2, 3]
    assert blocks[0].lines[0].names == ("Maboko", "Mabokko")
    assert blocks[2].columns == UNIT_COLUMNS
    # line numbers count from 0 over the whole text, so a rewrite finds its line
    assert TABLE.split("\n")[blocks[0].lines[1].index].startswith("SSD\tTarang")


@pytest.mark.parametrize(
    ("rows", "names", "want"),
    [
        # the median of each coordinate, rounded to the line's digits
        (
            [row("Maboko", 6.501, 30.10), row("Maboko", 6.52, 30.12), row("Maboko", 6.9, 30.9)],
            "Maboko",
            (6.52, 30.12),
        ),
        # an even count takes the mean of the middle two
        ([row("Maboko", 6.50, 30.10), row("Mabokko", 6.54, 30.14)], "Maboko;Mabokko", (6.52, 30.12)),
        # a city's quarter is coded 'City - Quarter'
        ([row("Rumbek - Maboko", 6.81, 29.69)], "Maboko", (6.81, 29.69)),
        # a namesake in another region yields to the rows of the line's own region
        (
            [
                row("Maboko", 9.0, 29.0, admin1="Unity"),
                row("Maboko", 9.1, 29.1, admin1="Unity"),
                row("Maboko", 6.5, 30.1),
            ],
            "Maboko",
            (6.5, 30.1),
        ),
        # a town no row codes by name is found in three notes naming it, not in fewer
        ([row("Rumbek", 6.8, 29.7, note="Clashes near Maboko.")] * 3, "Maboko", (6.8, 29.7)),
        ([row("Rumbek", 6.8, 29.7, note="Clashes near Maboko.")] * 2, "Maboko", None),
        # nor in a note that writes the name inside another word
        ([row("Rumbek", 6.8, 29.7, note="Clashes near Mabokolo.")] * 3, "Maboko", None),
    ],
)
def test_town_point(rows: list[CoderRow], names: str, want: tuple[float, float] | None) -> None:
    point = coder_point(line(names), index_rows(rows))
    assert (point and (point.lat, point.lon)) == want


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # the unit's seat town: coded by the unit's name inside the unit
        (
            [
                row("Korongo East", -1.0, 34.0, admin2="Korongo East"),
                row("Obi", -1.4, 34.4, admin2="Korongo East"),
            ],
            (-1.0, 34.0),
        ),
        # else the middle of its events; a village of its name in another unit is no seat
        (
            [
                row("Obi", -1.1, 34.1, admin2="Korongo East"),
                row("Nyando", -1.3, 34.3, admin2="Korongo East"),
                row("Kiboko", -1.2, 34.2, admin2="Korongo East"),
                row("Korongo East", -0.1, 34.9, admin2="Seme"),
            ],
            (-1.2, 34.2),
        ),
    ],
)
def test_unit_point(rows: list[CoderRow], want: tuple[float, float]) -> None:
    rows = [CoderRow("KEN", "Migori", r.admin2, r.admin3, r.location, r.lat, r.lon, r.note) for r in rows]
    point = coder_point(line("Korongo East", "Migori", "KEN"), index_rows(rows), UNIT_COLUMNS)
    assert point is not None and (point.lat, point.lon) == want


@pytest.mark.parametrize(
    ("rows", "verdict"),
    [
        ([row("Maboko", 6.50, 30.10)], Verdict.SAME),
        ([row("Maboko", 6.51, 30.11)], Verdict.SAME),  # 1.6 km off: rounding
        ([row("Maboko", 6.60, 30.10)], Verdict.DIFFERS),  # 11 km off
        ([row("Maboko", 6.50, 30.10, admin1="Warrap")], Verdict.DIFFERS),  # another region
        ([row("Rumbek", 6.8, 29.7)], Verdict.NO_ROWS),
    ],
)
def test_verdict(rows: list[CoderRow], verdict: Verdict) -> None:
    checks = check_blocks(TABLE, index_rows(rows))
    assert checks[0].lines[0].verdict is verdict


@pytest.mark.parametrize(
    ("location", "bare", "named"),
    [
        ("Bare Ridge (Lakes Region)", "bare ridge", True),
        ("Kharab (Akre)", "kharab", False),  # a bracket naming a district, not a region, stays the name's
    ],
)
def test_a_coded_place_is_named_also_before_a_bracket_naming_its_region(
    location: str, bare: str, named: bool
) -> None:
    assert (bare in row(location, 6.5, 30.1).names("location")) is named


@pytest.mark.parametrize(
    ("coded", "verdict"),
    [("Bare Ridge (Lakes Region)", Verdict.SAME), ("Bare Ridge (Lakes)", Verdict.NO_ROWS)],
)
def test_a_line_is_found_by_the_place_coded_with_its_region_in_brackets(coded: str, verdict: Verdict) -> None:
    text = f"# ({MARKER})\nSSD\tBare Ridge\tLakes\t6.50\t30.10\n"
    rows = [row(coded, 6.5, 30.1, note="Shots were fired near a ridge.")]
    assert check_blocks(text, index_rows(rows))[0].lines[0].verdict is verdict


@pytest.mark.parametrize(("coded", "verdict"), [("Shan-North", Verdict.SAME), ("Kachin", Verdict.DIFFERS)])
def test_a_half_of_a_split_region_is_the_region(coded: str, verdict: Verdict) -> None:
    text = f"# ({MARKER})\nMMR\tNamlang\tShan\t23.50\t97.90\n"
    rows = [CoderRow("MMR", coded, "", "", "Namlang", 23.5, 97.9, "Shelling in Namlang.")]
    assert check_blocks(text, index_rows(rows))[0].lines[0].verdict is verdict


def test_rewrite_changes_only_points_it_can_place() -> None:
    rows = [row("Maboko", 6.5149, 30.2), row("Tarang", 9.1234, 29.55, admin1="Unity")]
    checks = [c for b in check_blocks(TABLE, index_rows(rows)) for c in b.lines]
    written = rewrite(TABLE, checks)
    changed = [(a, b) for a, b in zip(TABLE.split("\n"), written.split("\n"), strict=True) if a != b]
    assert changed == [
        ("SSD\tMaboko;Mabokko\tLakes\t6.50\t30.10", "SSD\tMaboko;Mabokko\tLakes\t6.51\t30.20"),
        ("SSD\tTarang\tUnity\t9.000\t29.500", "SSD\tTarang\tUnity\t9.123\t29.550"),
    ]


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """A gzipped export with the columns the module reads."""
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle,
            ["iso", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "notes"],
        )
        writer.writeheader()
        writer.writerows(rows)


def _note(held_out: bool, val: bool, start: int = 0) -> str:
    """An invented note on the asked side of the extra file's split (sides are a hash of the text)."""
    for k in range(start, start + 10_000):
        text = f"On 3 March 2021, herders clashed with farmers near Maboko village {k}."
        if extra_held_out(text) == held_out and (share(text, "val") < VAL_FRACTION) == val:
            return text
    raise AssertionError("no note on that side")


def test_training_rows_leave_out_held_out_and_validation_notes(tmp_path: Path) -> None:
    kept, held, val = _note(False, False), _note(True, False), _note(False, True)
    other = _note(False, False, start=10_000)
    base = {"iso": "728", "country": "South Sudan", "admin1": "Lakes", "admin2": "", "admin3": ""}
    _write_csv(
        tmp_path / EXTRA_FILE,
        [
            {**base, "location": "Maboko", "latitude": "6.5", "longitude": "30.1", "notes": kept},
            {**base, "location": "Maboko", "latitude": "9.9", "longitude": "39.9", "notes": held},
            {**base, "location": "Maboko", "latitude": "8.8", "longitude": "38.8", "notes": val},
            # no numeric code: the country's name gives it
            {
                **base,
                "iso": "",
                "country": "Philippines",
                "location": "Tarlac",
                "latitude": "15.5",
                "longitude": "120.6",
                "notes": other,
            },
        ],
    )
    _write_csv(tmp_path / MONTH_FILE, [])
    rows = training_rows(tmp_path)
    assert [(r.iso3, r.location, r.lat) for r in rows] == [("SSD", "Maboko", 6.5), ("PHL", "Tarlac", 15.5)]


@pytest.mark.shared
def test_every_shipped_coder_point_is_reproduced_or_has_no_training_rows(shared_data: Path) -> None:
    text = resources.files("kronika").joinpath("data/listed_towns.tsv").read_text(encoding="utf-8")
    checks = check_blocks(text, index_rows(training_rows(shared_data)))
    lines = [c for b in checks for c in b.lines]
    assert len(lines) > 1_000
    differing = [f"{c.line.iso3} {c.line.names[0]}" for c in lines if c.verdict is Verdict.DIFFERS]
    assert differing == []
    # the lines no training row names (written by hand) stay a small share
    assert sum(c.verdict is Verdict.NO_ROWS for c in lines) < len(lines) / 20
