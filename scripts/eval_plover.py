"""PLOVER type accuracy of the rule detector's most confident detection on the PLOVER gold sentences."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kronika.events import load_detector
from kronika.events.taxonomy import normalize_plover
from kronika.model import Article
from kronika.nlp import load_nlp


def main() -> None:
    """Print accuracy (overall and per gold type) and the confusions."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/plover_gsr_dev.json"))
    parser.add_argument("--errors", action="store_true", help="print every miss")
    args = parser.parse_args()
    records = json.loads(args.data.read_text(encoding="utf-8"))
    nlp = load_nlp()
    detector = load_detector()
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for record in records:
        gold = normalize_plover(record["event"])
        article = Article(id=record["id"], text=record["text"])
        detections = detector.detect(nlp(article.text), article)
        best = max(detections, key=lambda d: d.confidence, default=None)
        guess = best.type.plover if best else "NONE"
        totals[gold] += 1
        if guess == gold:
            hits[gold] += 1
        else:
            confusions[(gold, guess)] += 1
            if args.errors:
                trigger = best.trigger.text if best else "-"
                print(f"{gold:9} <- {guess:9} [{trigger}] {record['text'][:110]}")
    total = sum(totals.values())
    print(f"accuracy {sum(hits.values())}/{total} = {sum(hits.values()) / total:.3f}")
    for kind in sorted(totals):
        print(f"  {kind:9} {hits[kind]:3}/{totals[kind]:3}")
    print("top confusions (gold <- guess):", confusions.most_common(8))


if __name__ == "__main__":
    main()
