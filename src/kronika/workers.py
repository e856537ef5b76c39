"""Spreads the per-article map over worker processes, each loading its own pipeline; merging stays here."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from types import TracebackType
from typing import TextIO

from kronika.model import Article, EventMention
from kronika.pipeline import Extraction, Pipeline, extract_with
from kronika.reconcile.unlikely import MIN_REALIS

# articles handed to a worker at a time: enough to keep spaCy's batches and the pool's traffic cheap, few
# enough that a batch of a few dozen still spreads over every worker
CHUNK_ARTICLES = 4


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to load the very pipeline `Pipeline.load` gives the parent."""

    actor_lexicon: Path | None = None
    min_realis: float = MIN_REALIS

    def load(self) -> Pipeline:
        """Load the pipeline this spec describes."""
        return Pipeline.load(self.actor_lexicon, min_realis=self.min_realis)


class WorkerPool:
    """Worker processes, each with the pipeline `spec` describes, kept for every batch handed to them until
    the pool closes (use it as a context manager): `article_mentions` gives what a `Pipeline`'s would, the
    same mentions in the same order, so `pipeline.extract_with` and the evaluation can run through it."""

    def __init__(self, spec: PipelineSpec, workers: int) -> None:
        """Start `workers` spawned processes; each loads its pipeline once, before its first articles."""
        # spawned, not forked: a fork would copy the parent's onnxruntime thread pools mid-flight, and a
        # spawned worker behaves the same on Linux, macOS and Windows
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(
            max(1, workers), mp_context=context, initializer=_start, initargs=(spec,)
        )

    def __enter__(self) -> WorkerPool:
        """The pool itself."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop the workers, once the articles in hand are done."""
        self._executor.shutdown()

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """Mentions per article, in the articles' order, the articles shared out in chunks."""
        pending = list(articles)
        chunks = [pending[i : i + CHUNK_ARTICLES] for i in range(0, len(pending), CHUNK_ARTICLES)]
        return chain.from_iterable(self._executor.map(_analyse, chunks))


def extract_in_workers(
    paths: Sequence[str],
    spec: PipelineSpec,
    workers: int,
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
    progress: bool = False,
) -> Extraction:
    """`Pipeline.extract` run by a pool of `workers` processes started for this one run: the same records in
    the same order (each article is analysed alone, and the merge here sees their mentions in reading
    order)."""
    with WorkerPool(spec, workers) as pool:
        return extract_with(pool, paths, published=published, stdin=stdin, progress=progress)


# The worker's own pipeline, loaded once by `_start` when its process begins: each process holds one, set
# before any article arrives and never changed, so no article's result depends on another's.
_WORKER_PIPELINE: list[Pipeline] = []


def _start(spec: PipelineSpec) -> None:
    """Load the worker's pipeline (runs once in each worker process)."""
    _WORKER_PIPELINE.append(spec.load())


def _analyse(articles: list[Article]) -> list[list[EventMention]]:
    """The mentions of each article of one chunk, by the worker's pipeline."""
    (pipeline,) = _WORKER_PIPELINE
    return list(pipeline.article_mentions(articles))
