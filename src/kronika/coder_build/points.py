"""Where ACLED's coders place a town: the points of `data/listed_towns.tsv`'s coder-point blocks, remade.

Some blocks of the town table take a village's point from where the training notes code it (their
comment says "points as ACLED's coders place them"). This module remakes those points from the shared
development data by a fixed rule, so that they are produced rather than copied by hand: for each line,
the training rows of its country (of its region, where any there name it) that name one of its names,
at the median of their latitudes and longitudes, rounded to the digits the line writes. A town is named
by a row's `location` (else, where no row codes it by name, by NOTE_MIN_ROWS notes or more); a unit
('Marakwet East', in a block whose comment says its points are "at its seat town where coders place
events there, else at the middle of its events") by the rows of its seat town (coded by the unit's name
inside the unit), else by all rows of the unit (`admin2`, else `admin3`). Training rows are as
`coder_build.rows` reads them.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kronika.coder_build.rows import PLACE_COLUMNS, CoderRow
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km

# The comment phrase that marks a block whose points are coders' (whitespace-folded: it may wrap lines).
MARKER = "points as ACLED's coders place them"
# The phrase that marks a block of units (constituencies, localities, divisions) rather than towns.
UNIT_MARKER = "else at the middle of its events"
SAME_POINT_KM = 2.0  # a shipped point this near the remade one is the same point, rounding aside
# A town no row codes by name is found in the notes only where this many name it: one or two notes
# naming a village often code the event at the town beside it (counted on the table's 1,540 coder-point
# lines: with 1 the check reproduces 2 more of them but 5 more differ; with 4 it reproduces 2 fewer).
NOTE_MIN_ROWS = 3
# Where a town's rows are looked for, in order: the first that finds any gives its point. A unit's seat
# town comes first ('seat': rows whose location and unit both bear the name), then the unit's events.
TOWN_COLUMNS = ("location", "notes")
UNIT_COLUMNS = ("seat", "admin2", "admin3", "location", "notes")


@dataclass(frozen=True)
class TableLine:
    """One town line of the table, with where it sits in the text."""

    index: int  # 0-based line number in the table's text
    iso3: str
    names: tuple[str, ...]
    admin1: str
    lat: float
    lon: float
    digits: int  # decimal places the line writes its point with

    @property
    def keys(self) -> frozenset[str]:
        """The index keys of its names."""
        return frozenset(name_key(n) for n in self.names) - {""}


@dataclass(frozen=True)
class Block:
    """A run of comment lines and the town lines after it."""

    index: int  # 0-based line number of its first comment line
    comment: str  # the comment's words, lines joined by single spaces, '#' dropped
    lines: tuple[TableLine, ...]

    @property
    def marked(self) -> bool:
        """Whether its points are where ACLED's coders place its towns."""
        return MARKER in self.comment

    @property
    def columns(self) -> tuple[str, ...]:
        """Where its lines' rows are looked for: a block of units looks for the units' events."""
        return UNIT_COLUMNS if UNIT_MARKER in self.comment else TOWN_COLUMNS


@dataclass(frozen=True)
class CoderPoint:
    """Where the training rows naming a line's town place it."""

    lat: float
    lon: float
    admin1: str  # the region the rows name most (the first met, on a tie), halves made whole
    rows: int
    column: str  # the column that matched: one of TOWN_COLUMNS or UNIT_COLUMNS
    in_region: bool  # whether the rows are those of the line's own region


class Verdict(Enum):
    """What the check says of one line."""

    SAME = "reproduced"
    DIFFERS = "differs"
    NO_ROWS = "no training rows"


@dataclass(frozen=True)
class LineCheck:
    """A shipped line beside the point the training rows give it."""

    line: TableLine
    point: CoderPoint | None
    km: float | None  # from the shipped point to the remade one

    @property
    def verdict(self) -> Verdict:
        """Reproduced (near and under the same admin1), differing, or without training rows."""
        if self.point is None or self.km is None:
            return Verdict.NO_ROWS
        same_admin1 = name_key(self.point.admin1) == name_key(self.line.admin1)
        return Verdict.SAME if self.km <= SAME_POINT_KM and same_admin1 else Verdict.DIFFERS


@dataclass(frozen=True)
class CoderIndex:
    """Training rows, and their numbers by (country, column, name key) and by country."""

    rows: tuple[CoderRow, ...]
    by_name: dict[tuple[str, str, str], tuple[int, ...]]
    by_country: dict[str, tuple[int, ...]]

    def _named(self, line: TableLine, column: str, keep: Callable[[CoderRow], bool]) -> list[int]:
        """The numbers of the rows of the line's country that `keep` keeps and that bear one of its
        names in `column` (for 'seat': as location and as unit; for 'notes': as a word of the note)."""
        if column == "seat":  # a town coded by its whole name ('Kafta Humera', not 'Border - Kafta Humera')
            located = self._named(line, "location", keep)
            towns = {i for i in located if name_key(self.rows[i].location) in line.keys}
            units = set(self._named(line, "admin2", keep)) | set(self._named(line, "admin3", keep))
            return sorted(towns & units)
        if column == "notes":
            words = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in line.names) + r")\b")
            country = self.by_country.get(line.iso3, ())
            return [i for i in country if keep(self.rows[i]) and words.search(self.rows[i].note)]
        found = {i for key in line.keys for i in self.by_name.get((line.iso3, column, key), ())}
        return sorted(i for i in found if keep(self.rows[i]))

    def matching(self, line: TableLine, columns: tuple[str, ...]) -> tuple[str, bool, list[CoderRow]]:
        """The first of `columns` in which rows of the line's country bear one of its names, whether they
        are those of its own region (looked at first; the whole country where its region has none), and
        those rows in file order; ('', False, []) where none does."""
        home = name_key(line.admin1)
        scopes: tuple[tuple[bool, Callable[[CoderRow], bool]], ...] = (
            (True, lambda r: name_key(r.region) == home),
            (False, lambda r: True),
        )
        for in_region, keep in scopes:
            for column in columns:
                found = self._named(line, column, keep)
                minimum = NOTE_MIN_ROWS if column == "notes" else 1
                if len(found) >= minimum:
                    return column, in_region, [self.rows[i] for i in found]
        return "", False, []


def index_rows(rows: list[CoderRow]) -> CoderIndex:
    """Index rows by country and each name key of each place column's value."""
    by_name: dict[tuple[str, str, str], list[int]] = {}
    by_country: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_country.setdefault(row.iso3, []).append(i)
        for column in PLACE_COLUMNS:
            for key in row.names(column):
                by_name.setdefault((row.iso3, column, key), []).append(i)
    return CoderIndex(
        tuple(rows),
        {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in by_country.items()},
    )


def _digits(number: str) -> int:
    """The decimal places a number is written with."""
    return len(number.partition(".")[2])


def _table_line(index: int, raw: str) -> TableLine:
    """One town line of the table's text."""
    iso3, names, admin1, lat, lon, *_ = raw.split("\t")
    spellings = tuple(n.strip() for n in names.split(";") if n.strip())
    digits = max(_digits(lat), _digits(lon))
    return TableLine(index, iso3.strip(), spellings, admin1.strip(), float(lat), float(lon), digits)


def _block(start: int, comment: list[str], lines: list[TableLine]) -> Block:
    """A block from its comment lines ('#' dropped) and town lines."""
    return Block(start, " ".join(" ".join(comment).split()), tuple(lines))


def read_blocks(text: str) -> list[Block]:
    """The table's blocks, in order: each run of comment lines with the town lines up to the next. A
    comment a blank line ends (the file's header) heads no block."""
    blocks: list[Block] = []
    comment: list[str] = []
    lines: list[TableLine] = []
    start = 0
    for i, raw in enumerate(text.split("\n")):  # split as `rewrite` splits, so line numbers agree
        is_comment = raw.startswith("#")
        if is_comment and lines:  # a comment after town lines opens the next block
            blocks.append(_block(start, comment, lines))
            comment, lines = [], []
        if is_comment:
            start = start if comment else i
            comment.append(raw[1:])
        elif not raw.strip():
            comment = comment if lines else []
        else:
            lines.append(_table_line(i, raw))
    if lines:
        blocks.append(_block(start, comment, lines))
    return blocks


def coder_point(
    line: TableLine, index: CoderIndex, columns: tuple[str, ...] = TOWN_COLUMNS
) -> CoderPoint | None:
    """Where the training rows naming the line's town place it, or None where no row names it."""
    column, in_region, rows = index.matching(line, columns)
    if not rows:
        return None
    # Python's rounding (to the nearest binary double, ties to even): as the table's points were rounded
    lat = round(statistics.median(r.lat for r in rows), line.digits)
    lon = round(statistics.median(r.lon for r in rows), line.digits)
    admin1 = Counter(r.region for r in rows).most_common(1)[0][0]
    return CoderPoint(lat, lon, admin1, len(rows), column, in_region)


def check_line(line: TableLine, index: CoderIndex, columns: tuple[str, ...] = TOWN_COLUMNS) -> LineCheck:
    """A line beside the point the training rows give it."""
    point = coder_point(line, index, columns)
    km = None if point is None else distance_km(line.lat, line.lon, point.lat, point.lon)
    return LineCheck(line, point, km)


@dataclass(frozen=True)
class BlockCheck:
    """A marked block with each of its lines checked."""

    block: Block
    lines: tuple[LineCheck, ...]

    def count(self, verdict: Verdict) -> int:
        """How many of its lines get `verdict`."""
        return sum(1 for c in self.lines if c.verdict is verdict)


def check_blocks(text: str, index: CoderIndex) -> list[BlockCheck]:
    """Every marked block of a table's text, with each of its lines checked."""
    return [
        BlockCheck(b, tuple(check_line(line, index, b.columns) for line in b.lines))
        for b in read_blocks(text)
        if b.marked
    ]


def _written(value: float, digits: int) -> str:
    """A coordinate as the table writes it."""
    return f"{value:.{digits}f}"


def rewrite(text: str, checks: list[LineCheck]) -> str:
    """The table's text with each checked line that has training rows at its remade point; every other
    line, and each line's names, admin1 and people, byte-identical."""
    raw = text.split("\n")
    for check in checks:
        if check.point is None:
            continue
        fields = raw[check.line.index].split("\t")
        fields[3] = _written(check.point.lat, check.line.digits)
        fields[4] = _written(check.point.lon, check.line.digits)
        raw[check.line.index] = "\t".join(fields)
    return "\n".join(raw)
