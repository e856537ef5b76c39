"""Measure the dates and casualties stages on ACLED notes and Gun Violence Archive articles."""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from kronika.casualties import count_casualties
from kronika.dates import resolve_date
from kronika.model import Article, ArticleContext, Casualties, Detection, EventDate, EventType, Span
from kronika.nlp import load_nlp

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SIZE_TAG = re.compile(r"\[size=[^\]]*\]")
SHOOTING = re.compile(r"\b(shot|shooting|killed|dead|wounded|injured|gunfire)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Score:
    """How many items agreed with the reference, out of how many."""

    name: str
    hits: int
    total: int

    def __str__(self) -> str:
        return f"{self.name}: {self.hits}/{self.total} = {self.hits / max(self.total, 1):.1%}"


def sentence_detection(sentence: DocSpan) -> Detection:
    """A detection on a whole sentence, triggered on its root."""
    root = sentence.root
    trigger = Span(root.idx, root.idx + len(root.text), root.text)
    return Detection(
        Span(sentence.start_char, sentence.end_char, sentence.text), trigger, EventType("X"), 1.0
    )


def read_casualties(doc: Doc) -> Casualties:
    """The largest killed and injured counts stated in any sentence (0 where none is stated)."""
    found = [count_casualties(doc, sentence_detection(s)) for s in doc.sents]
    return Casualties(
        max((c.fatalities or 0 for c in found), default=0), max((c.injured or 0 for c in found), default=0)
    )


def acled_rows(limit: int) -> Iterator[tuple[str, date, int]]:
    """(note, event date, fatalities) for the first rows of the May 2020 ACLED file."""
    with gzip.open(DATA / "acled_2020-05.csv.gz", "rt", encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= limit:
                return
            day = (
                datetime.strptime(row["event_date"], "%d-%B-%y").date() if "-" in row["event_date"] else None
            )
            if day is not None:
                yield SIZE_TAG.sub("", row["notes"]).strip(), day, int(row["fatalities"])


def measure_acled(nlp: Language, limit: int) -> list[Score]:
    """Date of the first sentence vs event_date; largest stated killed count vs fatalities."""
    rows = list(acled_rows(limit))
    dates = deaths = 0
    for (note, day, fatalities), doc in zip(rows, nlp.pipe(r[0] for r in rows), strict=True):
        published = day + timedelta(days=1)
        ctx = ArticleContext(Article(id="acled", text=note, published=published))
        first = next(iter(doc.sents))
        dates += resolve_date(doc, sentence_detection(first), ctx, None).value == day
        deaths += read_casualties(doc).fatalities == fatalities
    return [
        Score("ACLED first-sentence date", dates, len(rows)),
        Score("ACLED fatalities", deaths, len(rows)),
    ]


def gva_pairs(limit: int) -> Iterator[tuple[dict[str, str], dict[str, object]]]:
    """(article, incident) pairs joined on incident_id."""
    with gzip.open(DATA / "gva_incidents_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        incidents = {row["incident_id"]: row for row in map(json.loads, handle)}
    with gzip.open(DATA / "gva_articles_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        count = 0
        for article in map(json.loads, handle):
            if count >= limit:
                return
            if article.get("incident_id") in incidents and article.get("content"):
                count += 1
                yield article, incidents[article["incident_id"]]


def incident_date(doc: Doc, published: date) -> date | None:
    """The date of the first dated sentence that reports the shooting, chaining anaphoric dates."""
    ctx = ArticleContext(Article(id="gva", text=doc.text, published=published))
    previous: EventDate | None = None
    for sentence in doc.sents:
        found = resolve_date(doc, sentence_detection(sentence), ctx, previous)
        if found.value is not None:
            previous = found
            if SHOOTING.search(sentence.text):
                return found.value
    return None


def measure_gva(nlp: Language, limit: int) -> list[Score]:
    """Largest killed/injured vs num_killed/num_injured; incident date vs the GVA date."""
    pairs = list(gva_pairs(limit))
    killed = injured = dated = 0
    texts = (a["content"][:6000] for a, _ in pairs)  # the lead holds the facts; keep the run short
    for (article, incident), doc in zip(pairs, nlp.pipe(texts), strict=True):
        found = read_casualties(doc)
        killed += found.fatalities == incident["num_killed"]
        injured += found.injured == incident["num_injured"]
        day = datetime.strptime(str(incident["date"]), "%B %d, %Y").date()
        dated += incident_date(doc, date.fromisoformat(article["dct"][:10])) == day
    total = len(pairs)
    return [
        Score("GVA killed", killed, total),
        Score("GVA injured", injured, total),
        Score("GVA date", dated, total),
    ]


def main(limit: int = 300) -> None:
    """Print the agreement figures."""
    nlp = load_nlp()
    for score in [*measure_acled(nlp, limit), *measure_gva(nlp, limit)]:
        print(score)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
