"""The `kronika` command: thin click commands that parse, call the library and format."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from kronika.evaluation import DATASETS
from kronika.exports import EXPORTS
from kronika.model import Event, InputError
from kronika.output import format_table, write_jsonl
from kronika.reconcile.unlikely import MIN_REALIS

# What a click option decorates: a command's function (click's own bound, as click.option types it).
_Command = TypeVar("_Command", bound=Callable[..., Any] | click.Command)


def _parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Click callback: YYYY-MM-DD to a date, with a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _emit(events: list[Event], fmt: str | None) -> None:
    """Print events as JSON Lines (default off a terminal), a table (default on one) or an export format,
    saying on standard error how many events an export format could not hold."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt == "jsonl":
        write_jsonl(events, sys.stdout)
    elif fmt == "table":
        click.echo(format_table(events))
    else:
        summary = EXPORTS[fmt](events, sys.stdout)
        if summary.left_out:
            click.echo(f"kronika: {fmt}: left out {summary.left_out} events {summary.why_left_out}", err=True)


def _report(errors: tuple[InputError, ...]) -> None:
    """One line on standard error per input that could not be used."""
    for error in errors:
        click.echo(f"kronika: error: {error}", err=True)


@click.group()
@click.version_option(package_name="kronika")
def main() -> None:
    """Kronika: structured, sourced event records from news reports."""


FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", *EXPORTS]),
    default=None,
    help="Output format (default: table on a terminal, jsonl otherwise); acled-csv, plover and geojson "
    "are exports for analysts' tools.",
)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", callback=_parse_day, help="Publication date for articles that carry none.")
@FORMAT
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), help="Also keep results in this DuckDB file."
)
@click.option(
    "--actors",
    "actor_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A user actor dictionary (TSV) that extends and overrides the built-in one.",
)
@click.option(
    "--min-realis",
    type=click.FloatRange(0.0, 1.0),
    default=MIN_REALIS,
    show_default=True,
    help="Drop an article's readings the realis model scores under this, but for its most confident one and "
    "any whose toll no other reading counts (0 keeps every reading).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Analyse the articles in this many processes (each loads its own models: about 1 GB apiece); the "
    "records are the same as with one.",
)
def extract(
    paths: tuple[str, ...],
    published: date | None,
    fmt: str | None,
    db: Path | None,
    actor_file: Path | None,
    min_realis: float,
    workers: int,
) -> None:
    """Read news reports (files, folders or - for stdin) and write the events they report."""
    from kronika.workers import PipelineSpec, extract_in_workers

    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give at least one PATH, or - to read standard input")
        paths = ("-",)
    spec = PipelineSpec(actor_file, min_realis=min_realis)
    if workers > 1:
        result = extract_in_workers(
            list(paths), spec, workers, published=published, stdin=sys.stdin, progress=True
        )
    else:
        result = spec.load().extract(list(paths), published=published, stdin=sys.stdin, progress=True)
    _report(result.errors)
    if db is not None:
        from kronika.store import EventStore

        with EventStore(db) as store:
            stored = store.add(result.articles, result.events)
        click.echo(
            f"kronika: stored {stored.articles_added} new articles ({stored.articles_replaced} with new "
            f"text), {stored.events_added} new events, {stored.events_updated} updated in {db}",
            err=True,
        )
    _emit(list(result.events), fmt)
    sys.exit(1 if result.errors else 0)


@main.command()
@click.option(
    "--db",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="The DuckDB file written by `kronika extract --db`.",
)
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's country, e.g. KGZ.")
@click.option("--since", callback=_parse_day, help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_parse_day, help="Events on or before this day (YYYY-MM-DD).")
@click.option("--type", "plover_type", help="PLOVER event type, e.g. PROTEST.")
@click.option("--acled-type", help="ACLED event type, e.g. Riots.")
@click.option("--article", help="Only events reported by this article id.")
@click.option("--text", help="Only events whose evidence contains this text.")
@click.option(
    "--historical/--news",
    default=None,
    help="Only the background articles recall (--historical) or only their news (--news); both by default.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Only events whose type is at least this likely right.",
)
@click.option(
    "--min-realis",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Only events at least this likely a particular event (not a general remark, a state or a plan).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@FORMAT
def events(
    db: Path,
    country: str | None,
    since: date | None,
    until: date | None,
    plover_type: str | None,
    acled_type: str | None,
    article: str | None,
    text: str | None,
    historical: bool | None,
    min_confidence: float | None,
    min_realis: float | None,
    limit: int | None,
    fmt: str | None,
) -> None:
    """List and filter the events kept in a database."""
    from kronika.store import EventFilter, EventStore

    filters = EventFilter(
        country=country.upper() if country else None,
        since=since,
        until=until,
        type=plover_type.upper() if plover_type else None,
        acled_event_type=acled_type,
        article=article,
        text=text,
        historical=historical,
        min_confidence=min_confidence,
        min_realis=min_realis,
        limit=limit,
    )
    with EventStore(db) as store:
        _emit(store.events(filters), fmt)


DATA = click.option(
    "--data",
    "data_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/data"),
    show_default=True,
    help="Folder with the labelled development data (acled_*.csv.gz and the rest).",
)


def _count(flag: str, least: int, default: int, text: str) -> Callable[[_Command], _Command]:
    """An option taking a whole number from `least` on, `default` when not given; --help shows both."""
    return click.option(flag, type=click.IntRange(min=least), default=default, show_default=True, help=text)


@main.command()
@DATA
@_count("--limit", 1, 300, "Items per data set (the whole evaluation grows with it).")
@_count("--skip", 0, 0, "Skip this many items of each data set first: a disjoint slice to check a change on.")
@click.option(
    "--only",
    type=click.Choice(DATASETS),
    multiple=True,
    help="Score only this data set (repeatable; default: all of them).",
)
@_count(
    "--workers", 1, 1, "Analyse the articles in this many processes (about 1 GB apiece; the same scores)."
)
def evaluate(data_dir: Path, limit: int, skip: int, only: tuple[str, ...], workers: int) -> None:
    """Score the pipeline on labelled development data and print a table."""
    from kronika.evaluate import run_evaluation

    report = run_evaluation(data_dir, limit=limit, skip=skip, only=only or DATASETS, workers=workers)
    click.echo(report.as_table())


@main.command()
@DATA
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the model (default: the one shipped in the package).",
)
def train(data_dir: Path, out: Path | None) -> None:
    """Train the ACLED event-type classifier from the labelled notes (fixed seeds; needs scikit-learn)."""
    import dataclasses
    import json

    from kronika.events.classifier import default_model_path
    from kronika.events.train import train as train_model

    started = datetime.now()
    report = train_model(data_dir, out or default_model_path())
    click.echo(json.dumps(dataclasses.asdict(report), indent=2))
    click.echo(f"kronika: trained in {(datetime.now() - started).total_seconds():.0f} s", err=True)
