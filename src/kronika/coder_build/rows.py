"""The training rows of the development data as the coder-table builds read them: where each is coded.

Training rows are those on neither held-out side, nor among the validation rows
(`events.train.split_notes`): the tables remade from them (`coder_build.points`, `coder_build.villages`)
never learn from a note the evaluation scores.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kronika.events.train import (
    EXTRA_FILE,
    MONTH_FILE,
    clean_note,
    extra_held_out,
    month_held_out,
    trains_on,
)
from kronika.geo.names import name_key
from kronika.geo.split_regions import SPLIT_REGIONS

# The columns a row names its place in (`CoderRow.names`).
PLACE_COLUMNS = ("location", "admin2", "admin3")
# A coded place may join two names: 'Dhaka - Mirpur' (a city's quarter), 'Canal/Pigi' (a county's names).
_JOINED = re.compile(r" - |/")
# A coded place may name its region in brackets after it: 'Nameless Hills (Tartar Region)' is Tartar's.
_REGION_BRACKET = re.compile(r"\s*\([^()]*\bRegion\)$")


@dataclass(frozen=True)
class CoderRow:
    """One training row of the development data, reduced to where it is coded and what its note says."""

    iso3: str
    admin1: str
    admin2: str
    admin3: str
    location: str
    lat: float
    lon: float
    note: str

    def names(self, column: str) -> frozenset[str]:
        """The name keys of its value in one of PLACE_COLUMNS: the whole value, each joined part, and the
        name before a bracket naming its region."""
        value: str = getattr(self, column)
        parts = {value, *_JOINED.split(value), _REGION_BRACKET.sub("", value)}
        return frozenset(name_key(p) for p in parts) - {""}

    @property
    def region(self) -> str:
        """Its admin1 as the index shows it: a region coders split into halves ('Shan-North') whole."""
        whole, _, half = self.admin1.rpartition("-")
        halves = SPLIT_REGIONS.get((self.iso3, whole), ())
        return whole if half in halves else self.admin1


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a gzipped CSV export."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _iso3(row: dict[str, str], codes: dict[str, str]) -> str:
    """A row's country code: its iso3 column (the May file has one), else from its ISO numeric code,
    else from its country's name (the extra file leaves the numeric code of some countries empty)."""
    numeric = row.get("iso", "").lstrip("0")
    return row.get("iso3") or codes.get(numeric or row.get("country", ""), "")


def country_codes() -> dict[str, str]:
    """ISO 3166 numeric code (no leading zeros) and English name -> alpha-3."""
    import pycountry

    codes = {str(int(c.numeric)): c.alpha_3 for c in pycountry.countries}
    codes.update({c.name: c.alpha_3 for c in pycountry.countries})
    return codes


def training_rows(data_dir: Path, files: tuple[str, ...] = (MONTH_FILE, EXTRA_FILE)) -> list[CoderRow]:
    """The training rows of the development files (the May file's and the extra file's, as named):
    held-out rows, rows whose note is also a held-out note's, and validation rows are left out, as
    `events.train.split_notes` leaves them out of training."""
    codes = country_codes()
    held_out: set[str] = set()
    kept: list[tuple[str, dict[str, str]]] = []
    for name in files:
        held = month_held_out if name == MONTH_FILE else extra_held_out
        for row in _csv_rows(data_dir / name):
            note = clean_note(row.get("notes", ""))
            if held(note):
                held_out.add(note)
            else:
                kept.append((note, row))
    rows = []
    for note, row in kept:
        if not trains_on(note, held_out):
            continue
        if not (row.get("latitude") and row.get("longitude")):
            continue
        rows.append(
            CoderRow(
                _iso3(row, codes),
                row.get("admin1", ""),
                row.get("admin2", ""),
                row.get("admin3", ""),
                row.get("location", ""),
                float(row["latitude"]),
                float(row["longitude"]),
                note,
            )
        )
    return rows
