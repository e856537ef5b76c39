"""Running the whole development evaluation: each data set in turn, timed, skipped cleanly when absent."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from kronika.evaluation import DATASETS, acled, dedup, gva, judged, legacy, plover, seed, snippets, wikievents
from kronika.evaluation.report import DatasetResult, EvaluationReport, MetricRow

if TYPE_CHECKING:
    from kronika.pipeline import Pipeline
    from kronika.workers import WorkerPool

Log = Callable[[str], None]


def _stderr(line: str) -> None:
    """Progress goes to standard error, so the table on standard output stays clean."""
    print(line, file=sys.stderr, flush=True)


def run_evaluation(
    data_dir: Path,
    limit: int = 300,
    *,
    only: Collection[str] = DATASETS,
    skip: int = 0,
    workers: int = 1,
    log: Log = _stderr,
) -> EvaluationReport:
    """Load the pipeline and score it on the data sets named in `only`, `limit` items per set after `skip`;
    with `workers` above 1 the articles are analysed by that many processes (the same scores)."""
    from kronika.workers import PipelineSpec, WorkerPool

    if workers > 1:
        with WorkerPool(PipelineSpec(), workers) as pool:
            return evaluate_pipeline(pool, data_dir, limit, only=only, skip=skip, log=log)
    started = time.perf_counter()
    pipeline = PipelineSpec().load()
    log(f"kronika: pipeline loaded in {time.perf_counter() - started:.1f} s")
    return evaluate_pipeline(pipeline, data_dir, limit, only=only, skip=skip, log=log)


def evaluate_pipeline(
    pipeline: Pipeline | WorkerPool,
    data_dir: Path,
    limit: int,
    *,
    only: Collection[str] = DATASETS,
    skip: int = 0,
    log: Log = _stderr,
) -> EvaluationReport:
    """Score an already loaded pipeline on the data sets named in `only` that are present in `data_dir`."""
    d = data_dir
    jobs: list[tuple[str, list[Path], Callable[[], DatasetResult]]] = [
        ("acled", [d / acled.FILE], lambda: acled.evaluate_acled(pipeline, d / acled.FILE, limit, skip=skip)),
        (
            "acled-extra",
            [d / acled.EXTRA],
            lambda: acled.evaluate_acled_extra(pipeline, d / acled.EXTRA, limit, skip=skip),
        ),
        (
            "acled-snippets",
            [d / acled.FILE],
            lambda: snippets.evaluate_snippets(pipeline, d / acled.FILE, limit, skip=skip),
        ),
        (
            "acled-2015",
            [d / legacy.LEGACY],
            lambda: legacy.evaluate_legacy(pipeline, d, limit, skip=skip),
        ),
        (
            "gva",
            [d / gva.ARTICLES, d / gva.INCIDENTS],
            lambda: gva.evaluate_gva(pipeline, d / gva.ARTICLES, d / gva.INCIDENTS, limit, skip=skip),
        ),
        (
            "dedup",
            [d / gva.ARTICLES, d / gva.INCIDENTS],
            lambda: dedup.evaluate_dedup(pipeline, d, d / gva.ARTICLES, d / gva.INCIDENTS, limit, skip=skip),
        ),
        (
            "plover",
            [d / plover.FILE],
            lambda: plover.evaluate_plover(pipeline, d / plover.FILE, limit, skip=skip),
        ),
        (
            "wikievents",
            [d / wikievents.FILES[0]],
            lambda: wikievents.evaluate_wikievents(
                pipeline, [d / name for name in wikievents.FILES], limit, skip=skip
            ),
        ),
        ("judged", [d / judged.FILE], lambda: judged.evaluate_judged(pipeline, d / judged.FILE)),
        ("seed", [d / seed.FILE], lambda: _seed(pipeline, d / seed.FILE)),
    ]
    results = [_timed(name, files, job, log) for name, files, job in jobs if name in only]
    return EvaluationReport.from_results(results)


def _seed(pipeline: Pipeline | WorkerPool, path: Path) -> DatasetResult:
    """The seed through the whole extract path, as a user would run it."""
    from kronika.pipeline import extract_with

    extraction = extract_with(pipeline, [str(path)], published=seed.PUBLISHED)
    return seed.check_seed(list(extraction.events))


def _timed(name: str, files: list[Path], job: Callable[[], DatasetResult], log: Log) -> DatasetResult:
    """Run one data set's job, or a 'skipped' row where one of its files is absent; log its time."""
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        log(f"kronika: {name}: skipped, {', '.join(missing)} not found")
        return DatasetResult((MetricRow(name, "skipped", None, 0, f"absent: {', '.join(missing)}"),))
    started = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - started
    log(f"kronika: {name}: {result.items} items in {seconds:.1f} s")
    return DatasetResult(result.rows, result.failures, seconds, result.items)
