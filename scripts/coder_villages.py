"""Remake data/coder_villages.tsv from ../shared/data (coder_build/villages.py).

    python scripts/coder_villages.py --check   # does the shipped table match what the data gives?
    python scripts/coder_villages.py --write   # rewrite it

Exits 1 under --check where the shipped table differs from the remade one.
"""

from __future__ import annotations

import difflib
import sys

from kronika.coder_build.rows import training_rows
from kronika.coder_build.script import table_run
from kronika.coder_build.villages import remade_table
from kronika.gazetteer import Gazetteer


def main() -> int:
    """Check or rewrite the table."""
    args = table_run(
        __doc__,
        __file__,
        "coder_villages.tsv",
        check="report how the shipped table differs",
        write="rewrite the table",
    )
    shipped = args.table.read_text(encoding="utf-8") if args.table.exists() else ""
    text = remade_table(training_rows(args.data), Gazetteer.load(), shipped)
    if args.write:
        args.table.write_text(text, encoding="utf-8")
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        print(f"{args.table}: {len(lines)} villages")
        return 0
    diff = list(
        difflib.unified_diff(shipped.splitlines(), text.splitlines(), "shipped", "remade", lineterm="")
    )
    print("\n".join(diff[:200]) if diff else "the shipped table is what the data gives")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
