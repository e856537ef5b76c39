"""Scoring on Gun Violence Archive articles: incident date, city, killed and injured counts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from kronika.evaluation.common import MentionSource, Scorecard, read_jsonl_gz, sample, shorten
from kronika.evaluation.report import DatasetResult, MetricRow
from kronika.evaluation.scoring import fold, gva_locality, gva_place_names, parse_gva_date, share
from kronika.model import Article, Event, EventMention, RawDocument

DATASET: Final = "gva"
ARTICLES: Final = "gva_articles_dev.jsonl.gz"
INCIDENTS: Final = "gva_incidents_dev.jsonl.gz"


@dataclass(frozen=True)
class GvaItem:
    """One article about a shooting, with the archive's record of that incident."""

    id: str
    incident: str
    title: str | None
    content: str
    published: date
    date: date
    city_or_county: str
    killed: int
    injured: int
    state: str = ""


def load_gva(articles: Path, incidents: Path, limit: int, *, skip: int = 0) -> list[GvaItem]:
    """A fixed sample of `limit` articles whose incident is known."""
    gold = {row["incident_id"]: row for row in read_jsonl_gz(incidents)}
    rows = read_jsonl_gz(articles)
    items = [_item(row, gold[row["incident_id"]]) for row in rows if row["incident_id"] in gold]
    return sample(items, limit, skip=skip)


def _item(article: dict, incident: dict) -> GvaItem:
    """An article joined with its incident."""
    return GvaItem(
        id=article["id"],
        incident=incident["incident_id"],
        title=article.get("title"),
        content=article["content"],
        published=date.fromisoformat(article["dct"][:10]),
        date=parse_gva_date(incident["date"]),
        city_or_county=incident["city_or_county"],
        killed=int(incident["num_killed"]),
        injured=int(incident["num_injured"]),
        state=incident.get("state") or "",
    )


def evaluate_gva(
    source: MentionSource, articles: Path, incidents: Path, limit: int, *, skip: int = 0
) -> DatasetResult:
    """Clean each article as `kronika extract` would, run the pipeline, score its deadliest event."""
    items = load_gva(articles, incidents, limit, skip=skip)
    records, rejected = article_events(source, items)
    return score_gva(items, [deadliest(r) for r in records], rejected, records)


def deadliest_events(
    source: MentionSource, items: Sequence[GvaItem]
) -> tuple[list[Event | None], frozenset[str]]:
    """Each item's deadliest event (None where it has none) and the ids the cleaner refused."""
    records, rejected = article_events(source, items)
    return [deadliest(r) for r in records], rejected


def article_events(
    source: MentionSource, items: Sequence[GvaItem]
) -> tuple[list[list[Event]], frozenset[str]]:
    """Each item's records, as its article alone gives them, and the ids the cleaner refused."""
    # imported here so the scoring helpers can be used (and tested) without the pipeline's stages
    from kronika.clean import clean
    from kronika.dedup.merge import merge_mentions

    cleaned = [clean(raw_document(item)) for item in items]
    usable = [a for a in cleaned if isinstance(a, Article)]
    by_id = {
        a.id: merge_mentions(group) for a, group in zip(usable, source.article_mentions(usable), strict=True)
    }
    rejected = frozenset(
        item.id for item, a in zip(items, cleaned, strict=True) if not isinstance(a, Article)
    )
    return [by_id.get(item.id, []) for item in items], rejected


def raw_document(item: GvaItem) -> RawDocument:
    """The article as the reader would hand it to the cleaner."""
    return RawDocument(
        id=item.id,
        origin=ARTICLES,
        content=item.content,
        kind="text",
        title=item.title,
        published=item.published,
    )


def deadliest(events: Sequence[Event]) -> Event | None:
    """The event with the most people killed and injured (None counts 0), the more confident of equals."""
    return max(
        events,
        key=lambda e: (_hurt(e.casualties.fatalities, e.casualties.injured), e.confidence),
        default=None,
    )


def _hurt(killed: int | None, injured: int | None) -> int:
    """Killed plus injured, with unknown counts as zero."""
    return (killed or 0) + (injured or 0)


def score_gva(
    items: Sequence[GvaItem],
    picks: Sequence[Event | EventMention | None],
    rejected: frozenset[str] = frozenset(),
    records: Sequence[Sequence[Event]] | None = None,
) -> DatasetResult:
    """Every metric over items paired with the event chosen for each; `rejected`: ids the cleaner refused;
    `records`, where given: all of each item's records, to score what adding them up gives."""
    card = Scorecard(DATASET)
    for item, event in zip(items, picks, strict=True):
        if event is None:
            kind = "rejected by clean" if item.id in rejected else "no event"
            card.fail(kind, item.id, shorten(item.title or item.content))
        _score_item(card, item, event)
    baseline = [item.date == item.published for item in items]
    extra = [MetricRow(DATASET, "baseline: date = publication day", share(baseline), len(items))]
    if records is not None:
        extra.append(added_up(items, records))
    return card.result(extra, items=len(items))


def added_up(items: Sequence[GvaItem], records: Sequence[Sequence[Event]]) -> MetricRow:
    """The share of articles whose news records (background left out) together count the incident's dead:
    what an analyst adding up the killed of an article's records gets. A toll restated on the arrest, the
    probe or the vigil as well as on the shooting counts the dead twice."""
    exact = [
        sum(e.casualties.fatalities or 0 for e in events if not e.historical) == item.killed
        for item, events in zip(items, records, strict=True)
    ]
    return MetricRow(DATASET, "killed added up over the article's records", share(exact), len(items))


def _score_item(card: Scorecard, item: GvaItem, e: Event | EventMention | None) -> None:
    """Check one article on every metric; with no event, every metric misses (one failure kept)."""
    said = _evidence(e)
    got_date = e.date.value if e else None
    date_kind = ("date missing" if got_date is None else "date wrong") if e else ""
    card.check(
        "date exact",
        got_date == item.date,
        item.id,
        date_kind,
        f"{item.date} vs {got_date} ({e and e.date.reason}) {said}",
    )
    names = _place_names(e)
    card.check(
        "city/county",
        bool(names & {spelled_out(n) for n in gva_place_names(item.city_or_county)}) or _at_locality(item, e),
        item.id,
        "place wrong" if e else "",
        f"{item.city_or_county} vs {sorted(names) or None} {said}",
    )
    _score_counts(card, item, e, said)


def _score_counts(card: Scorecard, item: GvaItem, e: Event | EventMention | None, said: str) -> None:
    """Killed and injured, together and each alone (unknown counts as 0, as the archive writes 0)."""
    killed = (e.casualties.fatalities or 0) if e else None
    injured = (e.casualties.injured or 0) if e else None
    card.check("killed and injured", (killed, injured) == (item.killed, item.injured), item.id, "", "")
    card.check(
        "killed exact",
        killed == item.killed,
        item.id,
        "killed wrong" if e else "",
        f"{item.killed} vs {killed} {said}",
    )
    card.check(
        "injured exact",
        injured == item.injured,
        item.id,
        "injured wrong" if e else "",
        f"{item.injured} vs {injured} {said}",
    )


def _at_locality(item: GvaItem, event: Event | EventMention | None) -> bool:
    """Whether the event is placed at the locality the archive writes in brackets after the city, in the
    incident's state: 'Humble (Atascocita)' happened in Atascocita, Texas, the more exact name of the same
    spot. The state must agree, as a namesake elsewhere is another place; the city test asks less."""
    locality = gva_locality(item.city_or_county)
    place = event.location if event else None
    if locality is None or place is None or not place.admin1:
        return False
    return spelled_out(fold(place.name)) == spelled_out(locality) and fold(place.admin1) == fold(item.state)


def _place_names(event: Event | EventMention | None) -> frozenset[str]:
    """The folded place name and admin1 of the event's location."""
    place = event.location if event else None
    if place is None:
        return frozenset()
    return frozenset(spelled_out(fold(n)) for n in (place.name, place.admin1) if n)


# A town's name written with the usual abbreviation is the same name: 'St. Louis' is 'Saint Louis'.
# Spelling only: nothing here lets one town's name stand for another's.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED = re.compile(r"\b(st|ste|mt|ft)\b\.?(?=\s)")
# 'The Bronx' and 'Bronx' are one borough: the archive writes some names without the article that the
# gazetteer keeps, and no two places differ by a leading 'the' alone.
_ARTICLE = re.compile(r"^the\s+(?=\S)")


def spelled_out(folded: str) -> str:
    """A folded place name with 'St.', 'Ste.', 'Mt.' and 'Ft.' written in full, a hyphen read as a
    space ('Wilkes-Barre' is 'Wilkes Barre'), an apostrophe dropped ('Lee's Summit' is the archive's
    'Lees Summit') and a leading 'the' dropped ('The Bronx' is 'Bronx')."""
    written = _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1)], folded).replace("-", " ")
    written = written.replace("'", "").replace("’", "")
    return _ARTICLE.sub("", written)


def _evidence(event: Event | EventMention | None) -> str:
    """The first evidence sentence, shortened, for a failure detail."""
    if event is None:
        return ""
    if isinstance(event, EventMention):
        return repr(shorten(event.evidence.text))
    return repr(shorten(event.evidence[0].text)) if event.evidence else ""
