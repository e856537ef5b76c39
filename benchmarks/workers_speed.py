"""Throughput of the article analysis spread over worker processes against one process, on the same real
articles: prints figures (articles per second with model loading counted, the speed-up, peak memory of a
worker) and whether the records are the same; asserts nothing.

    python benchmarks/workers_speed.py [--articles 60] [--workers 2] [--data ../shared/data]

Uses the same articles as pipeline_speed.py. The speed-up depends on the cores the machine has free, so
compare the two figures of one run, never figures of different machines or runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from pipeline_speed import ROOT, load_articles

from kronika.dedup.merge import merge_mentions
from kronika.model import Event
from kronika.workers import PipelineSpec, WorkerPool


def main() -> None:
    """Time one process and a pool of workers over the same articles, and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    articles = load_articles(args.data, args.articles)
    spec = PipelineSpec()

    # the pool first: a spawned worker's peak memory counts the parent's pages for the instant between its
    # fork and its exec, so the parent must not yet hold a pipeline of its own
    started = time.perf_counter()
    with WorkerPool(spec, args.workers) as pool:
        pooled = merge_mentions([m for group in pool.article_mentions(articles) for m in group])
    many = time.perf_counter() - started
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    started = time.perf_counter()
    pipeline = spec.load()
    alone = merge_mentions([m for group in pipeline.article_mentions(articles) for m in group])
    one = time.perf_counter() - started
    parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(articles)} articles, {os.cpu_count()} CPUs; models loaded in each run's time")
    print(f"  one process:      {one:7.1f} s  {len(articles) / one:5.2f} articles/s")
    print(f"  {args.workers} workers:        {many:7.1f} s  {len(articles) / many:5.2f} articles/s")
    print(f"  speed-up: {one / many:.2f}x; records the same: {_same(alone, pooled)} ({len(alone)} records)")
    print(f"  peak memory: {worker_mb:.0f} MB a worker (each loads its own models), {parent_mb:.0f} MB alone")


def _same(first: list[Event], second: list[Event]) -> bool:
    """Whether two runs gave the same records, field by field, in the same order."""
    return first == second


if __name__ == "__main__":
    main()
