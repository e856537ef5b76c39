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
from kronika.events.transformer import MODEL_FILE, BlendedTyper, TransformerTyper, default_dir
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
    transformer_times(classifier, texts[: max(args.sentences // 10, 1)], args.repeats)


def transformer_times(linear: AcledClassifier, texts: list[str], repeats: int) -> None:
    """Load time and speed of the fine-tuned transformer, and of the blend, which asks it only about the
    sentences the linear model is unsure of (a mix of sure and unsure ones here)."""
    load = best_seconds(TransformerTyper.load, repeats)
    transformer = TransformerTyper.load()
    alone = best_seconds(lambda: transformer.predict(texts), repeats)
    mixed = [t if i % 2 else t.replace("clashed with", "met") for i, t in enumerate(texts)]
    blend = BlendedTyper(linear, transformer)
    unsure = int((linear.predict_proba(mixed).max(axis=1) < blend.sure).sum())
    both = best_seconds(lambda: blend.predict(mixed), repeats)
    size_mb = (default_dir() / MODEL_FILE).stat().st_size / 2**20
    print(
        f"  transformer: {size_mb:.1f} MB, loads in {load:.2f} s; {len(texts) / alone:,.0f} sentences/s alone"
    )
    print(
        f"  blend: {len(mixed) / both:,.0f} sentences/s where the transformer reads {unsure} of {len(mixed)}"
    )


if __name__ == "__main__":
    main()
