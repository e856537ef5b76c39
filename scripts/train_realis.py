"""Thin entry point: train the realis model on the judged Guardian readings, print its held-out figures."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from kronika.events.realis_train import train_realis


def main() -> None:
    """Parse arguments, train, save, report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="has the Guardian sample")
    parser.add_argument("--out", type=Path, default=Path("src/kronika/data/realis_model.json"))
    args = parser.parse_args()
    print(json.dumps(dataclasses.asdict(train_realis(args.data, args.out)), indent=2))


if __name__ == "__main__":
    main()
