"""Write one scored line per development item (hits per metric, failure details) for comparing two versions.

    python scripts/dump_predictions.py acled-extra out/extra.jsonl [--skip N] [--limit N] [--workers N]

Pools: `acled` (the May 2020 held-out notes), `acled-extra` (the extra file's held-out notes),
`acled-val` (the validation notes the classifier never fits on, only its temperature), `acled-snippets`
(the May notes cut to news-style snippets, typed only), `acled-2015` (the old-schema South Asian notes no
modern file holds: coarse types and arguments) and `gva` (the GVA dev articles). Items come in the
evaluation's fixed sample order, so line N of two dumps is the same item and `kronika evaluate --limit L
--skip S` scores lines S..S+L. Lines are written as items finish, so a dump cut short is still usable.
Compare two dumps with compare_predictions.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from kronika.evaluation import acled, gva, legacy, snippets
from kronika.evaluation.common import MentionSource, most_confident, read_csv_gz, sample
from kronika.evaluation.report import DatasetResult
from kronika.events.train import VAL_FRACTION, clean_note, held_out_extra_note, held_out_month_note, share
from kronika.pipeline import Pipeline
from kronika.workers import PipelineSpec, WorkerPool

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
POOLS = ("acled", "acled-extra", "acled-val", "acled-snippets", "acled-2015", "gva")
GVA_CHUNK = 50
WHOLE_SET_METRICS = ("baseline", "sub_event_type weighted")  # rows that score a set, not an item


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, load the pipeline and write the pool's lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pool", choices=POOLS)
    parser.add_argument("out", type=Path)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--limit", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--workers", type=int, default=1, help="processes analysing the items (same lines)")
    args = parser.parse_args(argv)
    readers = {"gva": _gva_lines, "acled-snippets": _snippet_lines, "acled-2015": _legacy_lines}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with _source(args.workers) as source, args.out.open("w", encoding="utf-8") as out:
        lines = readers.get(args.pool, _acled_lines)(source, args)
        for n, line in enumerate(lines, 1):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
            if n % 200 == 0:
                print(f"{args.pool}: {n} items", file=sys.stderr, flush=True)
    return 0


def _source(workers: int) -> AbstractContextManager[MentionSource]:
    """The pipeline, or a pool of `workers` processes each running one, to read the items with."""
    if workers > 1:
        return WorkerPool(PipelineSpec(), workers)
    return nullcontext(Pipeline.load())


def _acled_items(pool: str, data: Path, limit: int, skip: int) -> list[acled.AcledItem]:
    """The pool's ACLED items in the evaluation's sample order."""
    if pool == "acled":
        return acled.load_acled(data / acled.FILE, limit, skip=skip)
    if pool == "acled-extra":
        return acled.load_acled_extra(data / acled.EXTRA, limit, skip=skip)
    rows = [r for r in _rows(data / acled.FILE) if not held_out_month_note(r["notes"])]
    rows += [r for r in _rows(data / acled.EXTRA) if not held_out_extra_note(r["notes"])]
    val = [acled.item_from_row(r) for r in rows if share(clean_note(r["notes"]), "val") < VAL_FRACTION]
    return sample(val, limit, skip=skip)


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of an ACLED export that the evaluation can score (notes, actor kind, place and date)."""
    return [
        row
        for row in read_csv_gz(path)
        if row["notes"].strip()
        and row.get("id_is_synthetic") != "1"
        and row["inter1"].strip() not in ("", "0")
        and row["admin1"]
        and row["latitude"]
        and row["event_date"]
    ]


def _acled_lines(pipeline: MentionSource, args: argparse.Namespace) -> Iterator[dict[str, object]]:
    """One scored line per ACLED item, as the pipeline finishes each."""
    items = _acled_items(args.pool, args.data, args.limit, args.skip)
    dataset = acled.EXTRA_DATASET if args.pool != "acled" else acled.DATASET
    groups = pipeline.article_mentions(acled.acled_article(item) for item in items)
    for item, group in zip(items, groups, strict=True):
        mention = most_confident(group)
        result = acled.score_acled([item], [mention], dataset=dataset)
        yield _line(item.id, result) | {"truth": item.sub_event_type, "guess": acled.sub_type_label(mention)}


def _snippet_lines(pipeline: MentionSource, args: argparse.Namespace) -> Iterator[dict[str, object]]:
    """One scored line per May note cut to a news-style snippet (its type only)."""
    items = acled.load_acled(args.data / acled.FILE, args.limit, skip=args.skip)
    articles = [snippets.snippet_article(item) for item in items]
    groups = pipeline.article_mentions(articles)
    for item, article, group in zip(items, articles, groups, strict=True):
        mention = most_confident(group)
        result = snippets.score_snippets([item], [article], [mention])
        yield _line(item.id, result) | {"truth": item.sub_event_type, "guess": acled.sub_type_label(mention)}


def _legacy_lines(pipeline: MentionSource, args: argparse.Namespace) -> Iterator[dict[str, object]]:
    """One scored line per old-schema note (its coarse type and arguments)."""
    items = legacy.load_legacy(args.data, args.limit, skip=args.skip)
    groups = pipeline.article_mentions(acled.acled_article(item.gold) for item in items)
    for item, group in zip(items, groups, strict=True):
        mention = most_confident(group)
        result = legacy.score_legacy([item], [mention])
        yield _line(item.gold.id, result) | {"truth": item.old_type, "guess": acled.sub_type_label(mention)}


def _gva_lines(pipeline: MentionSource, args: argparse.Namespace) -> Iterator[dict[str, object]]:
    """One scored line per GVA article, in chunks (events merge per article, so chunks change nothing)."""
    items = gva.load_gva(args.data / gva.ARTICLES, args.data / gva.INCIDENTS, args.limit, skip=args.skip)
    for start in range(0, len(items), GVA_CHUNK):
        chunk = items[start : start + GVA_CHUNK]
        picks, rejected = gva.deadliest_events(pipeline, chunk)
        for item, pick in zip(chunk, picks, strict=True):
            yield _line(item.id, gva.score_gva([item], [pick], rejected))


def _line(item_id: str, result: DatasetResult) -> dict[str, object]:
    """An item's hit per metric (reliability and F1 rows left out: they mean nothing for one item)."""
    hits = {
        r.metric: r.value == 1.0
        for r in result.rows
        if r.note != "reliability" and r.n == 1 and not r.metric.startswith(WHOLE_SET_METRICS)
    }
    failures = [[f.kind, f.detail] for f in result.failures]
    return {"id": item_id, "hits": hits, "failures": failures}


if __name__ == "__main__":
    raise SystemExit(main())
