"""Compare two dumps of dump_predictions.py: each metric per slice, before and after, and what flipped.

    python scripts/compare_predictions.py before.jsonl after.jsonl --slice 0:1600 --slice 1600:2538 [--quiet]

Lines pair by position (the same sample order), so an id that occurs twice cannot be mistaken. A slice
is a range of line numbers, e.g. the study items a change was tuned on and the check items it was not.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kronika.evaluation.scoring import weighted_f1


@dataclass(frozen=True)
class Line:
    """One item of a dump."""

    id: str
    hits: dict[str, bool]
    failures: list[list[str]]
    truth: str | None
    guess: str | None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the comparison for every slice asked for (the whole shared length by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--slice", action="append", default=[], help="START:END line numbers")
    parser.add_argument("--quiet", action="store_true", help="figures only, no flipped items")
    args = parser.parse_args(argv)
    before, after = _read(args.before), _read(args.after)
    shared = min(len(before), len(after))
    for text in args.slice or [f"0:{shared}"]:
        start, end = (int(x) for x in text.split(":"))
        end = min(end, shared)
        _compare(before[start:end], after[start:end], f"{start}:{end}", quiet=args.quiet)
    return 0


def _read(path: Path) -> list[Line]:
    """Every line of a dump."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(text) for text in handle if text.strip()]
    return [Line(r["id"], r["hits"], r["failures"], r.get("truth"), r.get("guess")) for r in rows]


def _compare(before: list[Line], after: list[Line], name: str, *, quiet: bool) -> None:
    """One slice: a row per metric, then the items each metric gained and lost."""
    print(f"== slice {name} ({len(after)} items)")
    metrics = list(after[0].hits) if after else []
    for metric in metrics:
        was, now = _share(before, metric), _share(after, metric)
        print(f"  {metric:<28} {was:.3f} -> {now:.3f}  ({now - was:+.3f})")
    if after and after[0].truth is not None:
        was, now = _f1(before), _f1(after)
        print(f"  {'sub-type weighted F1':<28} {was:.3f} -> {now:.3f}  ({now - was:+.3f})")
    if not quiet:
        for metric in metrics:
            _flips(before, after, metric)


def _share(lines: list[Line], metric: str) -> float:
    """The share of lines that hit `metric`."""
    return sum(line.hits.get(metric, False) for line in lines) / len(lines) if lines else 0.0


def _f1(lines: list[Line]) -> float:
    """Weighted F1 of the sub-types over the lines."""
    return weighted_f1([line.truth or "" for line in lines], [line.guess or "" for line in lines])


def _flips(before: list[Line], after: list[Line], metric: str) -> None:
    """The items that `metric` gained (+) and lost (-), with the failure detail of the losing side."""
    for b, a in zip(before, after, strict=True):
        was, now = b.hits.get(metric, False), a.hits.get(metric, False)
        if was != now:
            detail = _detail(a if was else b)
            print(f"    {'+' if now else '-'} {metric}: {a.id} {detail}")


def _detail(line: Line) -> str:
    """The failure details of a line on one row."""
    return " | ".join(f"{kind}: {detail}" for kind, detail in line.failures)[:300]


if __name__ == "__main__":
    raise SystemExit(main())
