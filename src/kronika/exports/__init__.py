"""Exports analysts load: ACLED-style CSV, PLOVER JSON and GeoJSON, each a writer over finished events."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from kronika.exports.acled_csv import write_acled_csv
from kronika.exports.common import ExportSummary
from kronika.exports.geojson import write_geojson
from kronika.exports.plover import write_plover
from kronika.model import Event

Writer = Callable[[Iterable[Event], TextIO], ExportSummary]

# Format name (as the CLI's --format spells it) -> the writer that produces it.
EXPORTS: dict[str, Writer] = {
    "acled-csv": write_acled_csv,
    "plover": write_plover,
    "geojson": write_geojson,
}

__all__ = ["EXPORTS", "ExportSummary", "Writer", "write_acled_csv", "write_geojson", "write_plover"]
