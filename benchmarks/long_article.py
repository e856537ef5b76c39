"""How the pipeline's time grows with an article's length: prints figures, asserts nothing.

    python benchmarks/long_article.py [--sizes 5000,10000,20000,40000] [--data ../shared/data]

Builds one article of each size from real articles joined end to end (the Guardian 2019 sample in
../shared/data when present, else the shipped example reports, repeated) and times the whole
pipeline on it. Work per sentence should stay about flat as articles grow: a stage that rereads the
whole article for each event makes the last column climb with the size. Compare the rows of one run
with each other, since machines are noisy.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from pipeline_speed import load_articles

from kronika.model import Article
from kronika.nlp import sentences
from kronika.pipeline import Pipeline


def joined(articles: list[Article], size: int) -> Article:
    """One article of about `size` characters: the given articles' texts one after another."""
    parts: list[str] = []
    while sum(len(p) for p in parts) < size:
        parts.append(articles[len(parts) % len(articles)].text)
    return replace(articles[0], id=f"joined-{size}", text="\n\n".join(parts)[:size])


def main() -> None:
    """Time the pipeline on articles of growing length and print a row per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,10000,20000,40000")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    pipeline = Pipeline.load()
    articles = load_articles(args.data, 60)
    print(f"{'chars':>8} {'sentences':>10} {'events':>7} {'seconds':>8} {'ms/sentence':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        article = joined(articles, size)
        started = time.perf_counter()
        doc = pipeline.nlp(article.text)
        mentions = pipeline.mentions_from_doc(article, doc)
        seconds = time.perf_counter() - started
        count = len(sentences(doc))
        per_sentence = 1000 * seconds / count
        print(f"{len(article.text):>8} {count:>10} {len(mentions):>7} {seconds:>8.1f} {per_sentence:>12.1f}")


if __name__ == "__main__":
    main()
