"""The command line the coder-table scripts share: check or rewrite one shipped table from the shared data."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TableRun:
    """What a coder-table script is asked to do: check `table` against `data`, or rewrite it."""

    write: bool  # rewrite the table (--write), else report how it differs (--check)
    data: Path  # the shared data folder the training rows are read from
    table: Path  # the table checked or rewritten


def table_run(
    doc: str | None, script: str, table: str, *, check: str, write: str, argv: Sequence[str] | None = None
) -> TableRun:
    """The run the command line (`argv`, else the process's) asks of `script`, a file of the checkout's
    scripts/ whose help is `doc`: exactly one of --check and --write (helped by `check` and `write`);
    --table defaults to the shipped data/`table`, --data to ../shared/data beside the checkout. argparse
    exits with its usage where the line is wrong."""
    root = Path(script).resolve().parents[1]
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help=check)
    mode.add_argument("--write", action="store_true", help=write)
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data", help="the shared data")
    shipped = root / "src" / "kronika" / "data" / table
    parser.add_argument("--table", type=Path, default=shipped, help="the table")
    args = parser.parse_args(argv)
    return TableRun(bool(args.write), args.data, args.table)
