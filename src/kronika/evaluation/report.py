"""The evaluation's records and how they print: metric rows, failures grouped by kind, the report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

TOP_FAILURE_KINDS: Final = 4  # per data set, so that a small set's failures are not crowded out
EXAMPLE_WIDTH: Final = 150


@dataclass(frozen=True)
class MetricRow:
    """One figure: a metric on a data set, over n items (value None where the set was skipped)."""

    dataset: str
    metric: str
    value: float | None
    n: int
    note: str = ""


@dataclass(frozen=True)
class Failure:
    """One item that failed one metric, with a short description of what came out instead."""

    dataset: str
    kind: str  # e.g. "wrong type", "no event", "date off", "admin1 wrong"
    item: str  # the item's id in its data set
    detail: str


@dataclass(frozen=True)
class FailureGroup:
    """All failures of one kind on one data set: how many, and the first as an example."""

    dataset: str
    kind: str
    count: int
    example: Failure


@dataclass(frozen=True)
class DatasetResult:
    """What scoring one data set gives: its metric rows, its failures and its running time."""

    rows: tuple[MetricRow, ...]
    failures: tuple[Failure, ...] = ()
    seconds: float = 0.0
    items: int = 0


@dataclass(frozen=True)
class EvaluationReport:
    """Every data set's figures, the commonest failure kinds, and the time each set took."""

    rows: tuple[MetricRow, ...]
    failures: tuple[FailureGroup, ...] = ()
    timings: tuple[MetricRow, ...] = ()

    @classmethod
    def from_results(cls, results: Sequence[DatasetResult]) -> EvaluationReport:
        """Gather the data sets' results into one report."""
        rows = tuple(row for result in results for row in result.rows)
        groups = failure_examples(f for result in results for f in result.failures)
        timings = tuple(
            MetricRow(result.rows[0].dataset, "seconds", result.seconds, result.items)
            for result in results
            if result.rows
        )
        return cls(rows=rows, failures=tuple(groups), timings=timings)

    def as_table(self, top: int = TOP_FAILURE_KINDS) -> str:
        """An aligned text table of the metrics, then each data set's top failure kinds, then the timings."""
        header = ("dataset", "metric", "value", "n", "note")
        lines = _aligned([header, *(_cells(row) for row in self.rows)])
        if self.failures:
            lines += ["", "commonest failures per data set (count, kind, example):"]
            lines += [_failure_line(group) for group in _top_per_dataset(self.failures, top)]
        if self.timings:
            lines += ["", "timing: " + "; ".join(_timing(t) for t in self.timings)]
        return "\n".join(lines)

    def as_markdown(self, top: int = TOP_FAILURE_KINDS) -> str:
        """The same report as Markdown tables, for docs/evaluation.md."""
        lines = ["| dataset | metric | value | n | note |", "|---|---|---:|---:|---|"]
        lines += ["| " + " | ".join(_md(c) for c in _cells(row)) + " |" for row in self.rows]
        if self.failures:
            lines += ["", "| dataset | failure | count | example |", "|---|---|---:|---|"]
            lines += [
                f"| {g.dataset} | {_md(g.kind)} | {g.count} | {_md(_example(g.example))} |"
                for g in _top_per_dataset(self.failures, top)
            ]
        if self.timings:
            lines += ["", "Timing: " + "; ".join(_timing(t) for t in self.timings) + "."]
        return "\n".join(lines)


def failure_examples(failures: Iterable[Failure], top: int | None = None) -> list[FailureGroup]:
    """Failures grouped by (data set, kind), commonest first, each with its first case as example."""
    ordered = list(failures)
    counts = Counter((f.dataset, f.kind) for f in ordered)
    first: dict[tuple[str, str], Failure] = {}
    for failure in ordered:
        first.setdefault((failure.dataset, failure.kind), failure)
    # ties broken by name so that the same failures always print in the same order
    keys = sorted(counts, key=lambda key: (-counts[key], key))
    groups = [FailureGroup(key[0], key[1], counts[key], first[key]) for key in keys]
    return groups if top is None else groups[:top]


def _top_per_dataset(groups: Sequence[FailureGroup], top: int) -> list[FailureGroup]:
    """The `top` commonest failure kinds of each data set, data sets in their first-seen order."""
    datasets = list(dict.fromkeys(g.dataset for g in groups))
    return [group for d in datasets for group in [g for g in groups if g.dataset == d][:top]]


def _cells(row: MetricRow) -> tuple[str, str, str, str, str]:
    """A metric row as printable cells."""
    value = "-" if row.value is None else f"{row.value:.3f}"
    return (row.dataset, row.metric, value, str(row.n), row.note)


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows padded into columns; numbers right-aligned, the note column left ragged."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        name, metric, value, n, note = row
        cells = [name.ljust(widths[0]), metric.ljust(widths[1]), value.rjust(widths[2]), n.rjust(widths[3])]
        lines.append("  ".join([*cells, note]).rstrip())
    return lines


def _example(failure: Failure) -> str:
    """A failure's item and detail, shortened to one readable line."""
    text = " ".join(f"{failure.item}: {failure.detail}".split())
    return text if len(text) <= EXAMPLE_WIDTH else text[: EXAMPLE_WIDTH - 1] + "…"


def _failure_line(group: FailureGroup) -> str:
    """One failure kind in the text table."""
    return f"  {group.count:5d}  {group.dataset}: {group.kind}  e.g. {_example(group.example)}"


def _timing(row: MetricRow) -> str:
    """A data set's running time and throughput."""
    seconds = row.value or 0.0
    rate = f", {row.n / seconds:.0f}/s" if seconds > 0 else ""
    return f"{row.dataset} {row.n} items in {seconds:.1f} s{rate}"


def _md(text: str) -> str:
    """A cell safe inside a Markdown table."""
    return text.replace("|", "\\|")
