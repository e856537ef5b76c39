"""Remake data/coder_villages.tsv from ../shared/data (coder_build/villages.py).

    python scripts/coder_villages.py --check   # does the shipped table match what the data gives?
    python scripts/coder_villages.py --write   # rewrite it

Exits 1 under --check where the shipped table differs from the remade one.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from kronika.coder_build.rows import training_rows
from kronika.coder_build.villages import remade_table
from kronika.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src" / "kronika" / "data" / "coder_villages.tsv"
DATA = ROOT.parent / "shared" / "data"


def main() -> int:
    """Check or rewrite the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="report how the shipped table differs")
    mode.add_argument("--write", action="store_true", help="rewrite the table")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--table", type=Path, default=TABLE, help="the village table")
    args = parser.parse_args()
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
