"""Reading the project's own tab-separated data tables (src/kronika/data/*.tsv)."""

from __future__ import annotations

from importlib import resources


def shipped_text(path: str) -> str:
    """The text of a data file shipped inside the package ('data/call_signs.tsv')."""
    return resources.files("kronika").joinpath(path).read_text(encoding="utf-8")


def table_rows(text: str) -> list[list[str]]:
    """A table's rows, split on tabs; blank lines and '#' comment lines are left out."""
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
