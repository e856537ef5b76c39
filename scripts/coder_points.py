"""Remake the coder-point blocks of data/listed_towns.tsv from ../shared/data (coder_build/points.py).

    python scripts/coder_points.py --check   # per block: lines reproduced, differing, without rows
    python scripts/coder_points.py --write   # rewrite the points of the lines the data places

Exits 1 under --check where a line differs from the point the training rows give it.
"""

from __future__ import annotations

import sys

from kronika.coder_build.points import (
    BlockCheck,
    LineCheck,
    Verdict,
    check_blocks,
    index_rows,
    rewrite,
)
from kronika.coder_build.rows import training_rows
from kronika.coder_build.script import table_run


def describe(check: LineCheck) -> str:
    """One line of the report: where the table line sits, its point and the remade one."""
    line, point = check.line, check.point
    where = (
        f"  line {line.index + 1}: {line.iso3} {';'.join(line.names)} ({line.admin1}) {line.lat}, {line.lon}"
    )
    if point is None:
        return f"{where}: no training rows"
    region = "" if point.in_region else ", not in its region"
    return (
        f"{where} -> {point.lat}, {point.lon} ({point.admin1}), {check.km:.1f} km, "
        f"{point.rows} rows by {point.column}{region}"
    )


def report(checks: list[BlockCheck]) -> list[str]:
    """Per block, its counts and every line not reproduced; then the totals."""
    out = []
    for block in checks:
        counts = {v: block.count(v) for v in Verdict}
        out.append(
            f"block at line {block.block.index + 1} ({len(block.lines)} lines): "
            + ", ".join(f"{n} {v.value}" for v, n in counts.items())
        )
        out += [describe(c) for c in block.lines if c.verdict is not Verdict.SAME]
    lines = [c for b in checks for c in b.lines]
    totals = ", ".join(f"{sum(1 for c in lines if c.verdict is v)} {v.value}" for v in Verdict)
    out.append(f"all {len(checks)} blocks, {len(lines)} lines: {totals}")
    return out


def main() -> int:
    """Check or rewrite the table's coder-point blocks."""
    args = table_run(
        __doc__,
        __file__,
        "listed_towns.tsv",
        check="report what the data reproduces",
        write="rewrite the points the data gives",
    )
    text = args.table.read_text(encoding="utf-8")
    checks = check_blocks(text, index_rows(training_rows(args.data)))
    print("\n".join(report(checks)))
    if args.write:
        args.table.write_text(rewrite(text, [c for b in checks for c in b.lines]), encoding="utf-8")
        return 0
    return 1 if any(b.count(Verdict.DIFFERS) for b in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
