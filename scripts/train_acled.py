"""Thin entry point: train the ACLED sub-event classifier and print its held-out figures as JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from kronika.events.train import Settings, train


def main() -> None:
    """Parse arguments, train, save, report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="has acled_*.csv.gz")
    parser.add_argument("--out", type=Path, default=Path("src/kronika/data/acled_model.npz"))
    default = Settings()
    parser.add_argument("--model", choices=("svc", "sgd"), default=default.model)
    parser.add_argument("--c", type=float, default=default.c, help="LinearSVC's inverse L2 strength")
    parser.add_argument("--alpha", type=float, default=default.alpha, help="L2 strength of the SGD model")
    parser.add_argument("--epochs", type=int, default=default.epochs, help="SGD passes")
    parser.add_argument(
        "--month-weight", type=float, default=default.month_weight, help="May 2020 notes' weight"
    )
    parser.add_argument("--report", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args()
    report = json.dumps(
        dataclasses.asdict(
            train(
                args.data, args.out, Settings(args.model, args.c, args.alpha, args.epochs, args.month_weight)
            )
        ),
        indent=2,
    )
    print(report)
    if args.report:
        args.report.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
