"""Measure the places stage on ../shared/data: gold place spans (event_location_labeled) and ACLED admin1."""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key, strip_region_type
from kronika.model import Article, ArticleContext, Detection, EventType, Place, Span
from kronika.nlp import load_nlp
from kronika.places import focus_country, locate

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Case:
    """One sentence with its trigger offsets and the gold answer."""

    text: str
    trigger: tuple[int, int]
    gold: str


def span_text(record: dict, span: dict) -> str:
    """A labelled span's text, from its tokens (some char offsets in the file are empty)."""
    tokens = record["tokens"][span["token_start"] : span["token_end"] + 1]
    return record["text"][tokens[0]["start"] : tokens[-1]["end"]] if tokens else ""


def location_cases(limit: int) -> Iterator[Case]:
    """Sentences with a VERB span and a gold LOCATION span."""
    with gzip.open(DATA / "event_location_labeled.jsonl.gz", "rt", encoding="utf-8") as handle:
        records = json.load(handle)
    count = 0
    for record in records:
        verbs = [s for s in record.get("spans", []) if s["label"] == "VERB"]
        places = [s for s in record.get("spans", []) if s["label"] == "LOCATION"]
        if verbs and places and count < limit:
            verb = record["tokens"][verbs[0]["token_start"]]
            count += 1
            yield Case(record["text"], (verb["start"], verb["end"]), span_text(record, places[0]))


def acled_cases(limit: int) -> Iterator[Case]:
    """ACLED notes with their admin1 (trigger: filled in from the first sentence's root)."""
    with gzip.open(DATA / "acled_2020-05.csv.gz", "rt", encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= limit:
                return
            yield Case(row["notes"], (-1, -1), f"{row['admin1']}|{row['iso3']}")


def place_for(doc: Doc, case: Case, gazetteer: Gazetteer, first_sentence: bool) -> Place | None:
    """Run focus_country and locate on one case."""
    sent = next(iter(doc.sents), None) if first_sentence else doc[:]
    if sent is None:  # a few ACLED rows have empty notes
        return None
    start, end = case.trigger if case.trigger[0] >= 0 else (sent.root.idx, sent.root.idx + len(sent.root))
    det = Detection(
        Span(sent.start_char, sent.end_char, sent.text), Span(start, end, ""), EventType("X"), 1.0
    )
    ctx = ArticleContext(Article("e", case.text), focus_country=focus_country(doc, gazetteer))
    return locate(doc, det, ctx, gazetteer)


def same_name(a: str, b: str) -> bool:
    """Names equal after normalisation and dropping region-type words."""
    return strip_region_type(name_key(a)) == strip_region_type(name_key(b))


def main(limit: int = 10_000) -> None:
    """Print the two figures."""
    nlp, gazetteer = load_nlp(), Gazetteer.load()
    cases = list(location_cases(limit))
    exact = lenient = none = 0
    for case, doc in zip(cases, nlp.pipe(c.text for c in cases), strict=True):
        place = place_for(doc, case, gazetteer, first_sentence=False)
        if place is None:
            none += 1
            continue
        exact += same_name(place.name, case.gold)
        gold = name_key(case.gold)
        lenient += (
            same_name(place.name, case.gold)
            or (name_key(place.name) in gold)
            or (gold in name_key(place.name))
        )
    n = len(cases)
    print(f"event_location_labeled: {n} sentences with a gold place; name == gold span {exact / n:.1%}, "
          f"name within/containing gold {lenient / n:.1%}, no place {none / n:.1%}")  # fmt: skip
    rows = list(acled_cases(limit))
    admin1 = country = 0
    for case, doc in zip(rows, nlp.pipe(c.text for c in rows), strict=True):
        place = place_for(doc, case, gazetteer, first_sentence=True)
        gold_admin1, gold_iso3 = case.gold.split("|")
        country += bool(place and place.country == gold_iso3)
        admin1 += bool(place and place.admin1 and same_name(place.admin1, gold_admin1))
    print(f"acled_2020-05: {len(rows)} notes; country == ACLED {country / len(rows):.1%}, "
          f"admin1 == ACLED admin1 {admin1 / len(rows):.1%}")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
