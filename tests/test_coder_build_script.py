"""The command line the coder-table scripts share (coder_build/script.py): --check or --write one table."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.coder_build.script import TableRun, table_run

# A made-up checkout: its scripts/ holds the script, ../shared/data lies beside it.
CHECKOUT = Path("/tmp/made_up/checkout")
SCRIPT = str(CHECKOUT / "scripts" / "remake_ruritania.py")
SHIPPED = CHECKOUT / "src" / "kronika" / "data" / "ruritania.tsv"
SHARED = Path("/tmp/made_up/shared/data")


def run(argv: list[str]) -> TableRun:
    """The run a made-up script is asked for by `argv`."""
    return table_run(
        "Remake ruritania.tsv.", SCRIPT, "ruritania.tsv", check="report", write="rewrite", argv=argv
    )


@pytest.mark.parametrize(
    ("argv", "want"),
    [
        (["--check"], TableRun(False, SHARED, SHIPPED)),
        (["--write"], TableRun(True, SHARED, SHIPPED)),
        (["--check", "--data", "elsewhere"], TableRun(False, Path("elsewhere"), SHIPPED)),
        (["--write", "--table", "copy.tsv"], TableRun(True, SHARED, Path("copy.tsv"))),
    ],
)
def test_the_run_is_what_the_line_asks(argv: list[str], want: TableRun) -> None:
    assert run(argv) == want


@pytest.mark.parametrize("argv", [[], ["--check", "--write"], ["--data", "elsewhere"]])
def test_exactly_one_of_check_and_write_is_asked(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        run(argv)
