"""The sides of front-line conflicts: who fired when a report of fire across the line names nobody."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kronika.model import Actor
from kronika.tables import shipped_text


@dataclass(frozen=True)
class ConflictSide:
    """One side of an armed conflict fought in `country` from `first` to `last` (None: still going)."""

    country: str
    first: int
    last: int | None
    name: str
    side_country: str
    sector: str

    def fighting(self, year: int) -> bool:
        """Whether this side fought there in `year`."""
        return self.first <= year and (self.last is None or year <= self.last)


Conflicts = Mapping[str, tuple[ConflictSide, ...]]


def load_conflicts() -> dict[str, tuple[ConflictSide, ...]]:
    """The shipped table of conflict sides, by the country the fighting is in."""
    text = shipped_text("data/conflict_parties.tsv")
    return index_sides(parse_sides(text.splitlines()))


def parse_sides(lines: Iterable[str]) -> list[ConflictSide]:
    """Rows of the conflict table (comments and blank lines skipped)."""
    rows = (line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    sides = []
    for row in csv.reader(rows, delimiter="\t"):
        country, first, last, name, side_country, sector, *_ = (cell.strip() for cell in row)
        until = int(last) if last else None
        sides.append(ConflictSide(country, int(first), until, name, side_country, sector))
    return sides


def index_sides(sides: Iterable[ConflictSide]) -> dict[str, tuple[ConflictSide, ...]]:
    """Sides grouped by the country the fighting is in, in file order."""
    grouped: dict[str, list[ConflictSide]] = {}
    for side in sides:
        grouped.setdefault(side.country, []).append(side)
    return {country: tuple(group) for country, group in grouped.items()}


def front_line_sides(conflicts: Conflicts, country: str | None, year: int | None) -> tuple[Actor, ...]:
    """The sides fighting in `country` in `year`, as actors with no text (nobody named them)."""
    if country is None or year is None:
        return ()
    return tuple(
        Actor(s.name, "", s.side_country, s.sector) for s in conflicts.get(country, ()) if s.fighting(year)
    )
