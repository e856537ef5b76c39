"""Speed and memory of each stage on real long articles: prints figures, asserts nothing.

    python benchmarks/pipeline_speed.py [--articles 100] [--data ../shared/data]

Uses the Guardian 2019 sample from ../shared/data when present, else the
project's example reports (repeated). Times are wall-clock on one process;
compare them as shares of the whole within one run, since machines are noisy.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import resource
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from spacy.tokens import Doc

from kronika.dedup.merge import merge_mentions
from kronika.model import Article, EventMention, RawDocument
from kronika.pipeline import PARSE_BATCH, Pipeline, read_articles

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]


def load_articles(data: Path, limit: int) -> list[Article]:
    """Long real articles to time, or the shipped examples where the shared data is absent."""
    from kronika.clean import clean

    sample = data / "guardian_2019_sample.csv.gz"
    if not sample.exists():
        articles, _ = read_articles([str(ROOT / "examples" / "reports")])
        return (articles * (limit // max(len(articles), 1) + 1))[:limit]
    articles = []
    with gzip.open(sample, "rt", encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            raw = RawDocument(
                id=f"guardian-{i}",
                origin=str(sample),
                content=row["text"],
                kind="text",
                published=date.fromisoformat(row["date"]),
            )
            cleaned = clean(raw)
            if isinstance(cleaned, Article):
                articles.append(cleaned)
            if len(articles) >= limit:
                break
    return articles


def timed(label: str, func: Callable[[], T], timings: dict[str, float], cpu: dict[str, float]) -> T:
    """Run func, recording its wall-clock seconds under label, and its CPU seconds in `cpu` (on a busy
    machine, closer to what one free core would take)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    result = func()
    timings[label] = time.perf_counter() - started
    cpu[label] = time.process_time() - cpu_started
    return result


def parsed(pipeline: Pipeline, articles: list[Article]) -> list[Doc]:
    """The articles parsed as the pipeline parses them, in batches of `PARSE_BATCH`."""
    return list(pipeline.nlp.pipe((a.text for a in articles), batch_size=PARSE_BATCH))


def main() -> None:
    """Time loading, parsing, detection, arguments and merging, and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()

    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    pipeline = timed("load models", Pipeline.load, timings, cpu)
    articles = timed("read + clean", lambda: load_articles(args.data, args.articles), timings, cpu)
    docs = timed("spaCy parse", lambda: parsed(pipeline, articles), timings, cpu)
    sentences = sum(1 for doc in docs for _ in doc.sents)
    timed(
        "events: detect + type",
        lambda: [pipeline.detector.detect(d, a) for d, a in zip(docs, articles, strict=True)],
        timings,
        cpu,
    )
    mentions: list[EventMention] = timed(
        "detect + arguments",
        lambda: [m for d, a in zip(docs, articles, strict=True) for m in pipeline.mentions_from_doc(a, d)],
        timings,
        cpu,
    )
    timings["arguments (actors, places, dates, casualties)"] = (
        timings.pop("detect + arguments") - timings["events: detect + type"]
    )
    events = timed("merge", lambda: merge_mentions(mentions), timings, cpu)

    words = sum(len(d) for d in docs)
    work = sum(v for k, v in timings.items() if k != "load models")
    print(
        f"{len(articles)} articles, {sentences} sentences, {words} tokens -> "
        f"{len(mentions)} mentions, {len(events)} events"
    )
    for label, seconds in timings.items():
        share = "" if label == "load models" else f"{100 * seconds / work:5.1f}%"
        print(f"  {label:48} {seconds:7.2f} s  {share}")
    print(
        f"  whole pipeline (without loading): {len(articles) / work:.1f} articles/s, "
        f"{sentences / work:.0f} sentences/s"
    )
    stage = "events: detect + type"
    print(
        f"  event stage alone: {sentences / timings[stage]:.0f} sentences/s "
        f"({sentences / cpu[stage]:.0f} per CPU second)"
    )
    print(f"  peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
