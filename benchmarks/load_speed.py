"""Load times of the shipped model and the cached gazetteer, and the classifier's throughput: prints figures.

    python benchmarks/load_speed.py [--sentences 2000] [--repeats 3]

Issue 3 asks the model to load in 2 s or less and the event stage to type 1,000 sentences a second or
more on one core; these figures are measured here rather than asserted in timed tests, since a busy
machine makes such tests fail for no fault of the code. Each figure is the best of a few repeats.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from kronika.events.classifier import AcledClassifier, default_model_path
from kronika.gazetteer import Gazetteer


def best_seconds(work: Callable[[], object], repeats: int) -> float:
    """The shortest wall-clock time of a few runs of `work`."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    """Time the loads and the classifier, and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    Gazetteer.load()  # builds the cache on a fresh machine, so the timed loads read it
    model_load = best_seconds(AcledClassifier.load, args.repeats)
    gazetteer_load = best_seconds(Gazetteer.load, args.repeats)
    classifier = AcledClassifier.load()
    texts = [
        f"Soldiers clashed with {i} armed men near the market on Monday, officials said."
        for i in range(args.sentences)
    ]
    typing = best_seconds(lambda: classifier.predict(texts), args.repeats)
    size_mb = default_model_path().stat().st_size / 2**20
    print(f"  ACLED model: {size_mb:.1f} MB, loads in {model_load:.2f} s (target <= 2 s)")
    print(f"  gazetteer (cached): loads in {gazetteer_load:.2f} s")
    print(f"  classifier: {args.sentences / typing:,.0f} sentences/s on one process (target >= 1,000)")


if __name__ == "__main__":
    main()
