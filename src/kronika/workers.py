"""Spreads the per-article map over worker processes, each loading its own pipeline; merging stays here."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TextIO

from kronika.model import Article, EventMention
from kronika.pipeline import Extraction, Pipeline, gathered, read_articles
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


def extract_in_workers(
    paths: Sequence[str],
    spec: PipelineSpec,
    workers: int,
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
    progress: bool = False,
) -> Extraction:
    """`Pipeline.extract` with the articles analysed by `workers` processes: the same records in the same
    order (each article is analysed alone, and the merge sees their mentions in reading order)."""
    articles, errors = read_articles(paths, published=published, stdin=stdin)
    return gathered(articles, errors, spread_mentions(articles, spec, workers), progress=progress)


def spread_mentions(
    articles: Sequence[Article], spec: PipelineSpec, workers: int
) -> Iterator[list[EventMention]]:
    """Each article's mentions, in the articles' order, analysed by a pool of `workers` processes."""
    chunks = [list(articles[i : i + CHUNK_ARTICLES]) for i in range(0, len(articles), CHUNK_ARTICLES)]
    if not chunks:
        return
    # spawned, not forked: a fork would copy the parent's onnxruntime thread pools mid-flight, and a
    # spawned worker behaves the same on Linux, macOS and Windows
    context = multiprocessing.get_context("spawn")
    size = max(1, min(workers, len(chunks)))
    with ProcessPoolExecutor(size, mp_context=context, initializer=_start, initargs=(spec,)) as pool:
        yield from chain.from_iterable(pool.map(_analyse, chunks))


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
