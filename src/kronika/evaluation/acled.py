"""Scoring on ACLED coder notes: event type, sub-type F1, date, admin1, location, fatalities, actor kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from kronika.evaluation.common import (
    MentionSource,
    Scorecard,
    most_confident_per_article,
    read_csv_gz,
    reliability_rows,
    sample,
    shorten,
)
from kronika.evaluation.report import DatasetResult, MetricRow
from kronika.evaluation.scoring import (
    actor_kind_matches,
    haversine_km,
    parse_acled_date,
    same_name,
    strip_size_tags,
    weighted_f1,
)
from kronika.events.train import EXTRA_FILE, held_out_extra_note, held_out_month_note
from kronika.model import Article, EventMention

DATASET: Final = "acled"
FILE: Final = "acled_2020-05.csv.gz"
EXTRA_DATASET: Final = "acled-extra"
EXTRA: Final = EXTRA_FILE
# Newer exports write the actor kind as a label where the 2020 file writes its number.
INTER_LABELS: Final = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other forces": 8,
}
NEAR_KM: Final = 25.0
NameMatch = Callable[[str | None, str | None], bool]  # (predicted, gold) -> whether they name one place
NO_EVENT: Final = "(no event)"


@dataclass(frozen=True)
class AcledItem:
    """One ACLED row as the evaluation uses it."""

    id: str
    notes: str
    event_date: date
    event_type: str
    sub_event_type: str
    admin1: str
    lat: float
    lon: float
    fatalities: int
    inter1: int


def load_acled(path: Path, limit: int, *, skip: int = 0) -> list[AcledItem]:
    """A fixed sample of `limit` rows with non-empty notes, from the half the classifier never trains on."""
    items = [
        item_from_row(row)
        for row in read_csv_gz(path)
        if row["notes"].strip() and held_out_month_note(row["notes"])
    ]
    return sample(items, limit, skip=skip)


def load_acled_extra(path: Path, limit: int, *, skip: int = 0) -> list[AcledItem]:
    """A fixed sample of the extra file's held-out notes: real ACLED rows of many years and regions.

    Rows rebuilt by third parties (`id_is_synthetic`) and rows without an actor kind are left out:
    their admin1 and actor columns do not follow ACLED's own coding.
    """
    items = [item_from_row(row) for row in read_csv_gz(path) if _usable_extra(row)]
    return sample(items, limit, skip=skip)


def _usable_extra(row: dict[str, str]) -> bool:
    """Whether an extra-file row is held out from training and coded by ACLED itself."""
    return (
        bool(row["notes"].strip())
        and row.get("id_is_synthetic") != "1"
        and _inter(row["inter1"]) > 0
        and bool(row["admin1"] and row["latitude"] and row["event_date"])
        and held_out_extra_note(row["notes"])
    )


def _inter(text: str) -> int:
    """ACLED's inter1 as its number, from the number or the label newer exports write."""
    text = text.strip()
    return int(text) if text.isdigit() else INTER_LABELS.get(text, 0)


def item_from_row(row: dict[str, str]) -> AcledItem:
    """One CSV row as an AcledItem."""
    return AcledItem(
        id=row["event_id_cnty"],
        notes=strip_size_tags(row["notes"]),
        event_date=parse_acled_date(row["event_date"]),
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        admin1=row["admin1"],
        lat=float(row["latitude"]),
        lon=float(row["longitude"]),
        fatalities=int(row["fatalities"] or 0),
        inter1=_inter(row["inter1"]),
    )


def acled_article(item: AcledItem) -> Article:
    """The note as an article published the day after the event (notes are written after the fact)."""
    return Article(id=item.id, text=item.notes, published=item.event_date + timedelta(days=1))


def evaluate_acled(source: MentionSource, path: Path, limit: int, *, skip: int = 0) -> DatasetResult:
    """Run the pipeline over a sample of notes and score its most confident mention of each."""
    items = load_acled(path, limit, skip=skip)
    return score_acled(items, most_confident_per_article(source, (acled_article(item) for item in items)))


def evaluate_acled_extra(source: MentionSource, path: Path, limit: int, *, skip: int = 0) -> DatasetResult:
    """`evaluate_acled` on the extra file's held-out notes, reported as a data set of its own."""
    items = load_acled_extra(path, limit, skip=skip)
    predictions = most_confident_per_article(source, (acled_article(item) for item in items))
    return score_acled(items, predictions, dataset=EXTRA_DATASET)


def score_acled(
    items: Sequence[AcledItem], predictions: Sequence[EventMention | None], *, dataset: str = DATASET
) -> DatasetResult:
    """Every metric over items paired with the mention chosen for each (None: nothing found)."""
    card = Scorecard(dataset)
    for item, mention in zip(items, predictions, strict=True):
        if mention is None:
            card.fail("no event", item.id, shorten(item.notes))
        _score_item(card, item, mention)
    truth = [item.sub_event_type for item in items]
    guess = [sub_type_label(m) for m in predictions]
    f1 = MetricRow(dataset, "sub_event_type weighted F1", weighted_f1(truth, guess), len(items))
    right = [t == g for t, g in zip(truth, guess, strict=True)]
    return card.result([f1, *reliability_rows(dataset, "sub-type", predictions, right)], items=len(items))


def sub_type_label(mention: EventMention | None) -> str:
    """The predicted sub-event type as a label, with one label for 'none'."""
    if mention is None or mention.type.acled_sub_event_type is None:
        return NO_EVENT
    return mention.type.acled_sub_event_type


def _score_item(card: Scorecard, item: AcledItem, m: EventMention | None) -> None:
    """Check one item on every metric; with no mention, every metric misses (one failure kept)."""
    _score_type(card, item, m, evidence_said(m))
    score_arguments(card, item, m)


def evidence_said(mention: EventMention | None) -> str:
    """The mention's evidence sentence, shortened and quoted, for a failure detail."""
    return f"{shorten(mention.evidence.text)!r}" if mention else ""


def score_arguments(
    card: Scorecard, item: AcledItem, m: EventMention | None, *, same_admin1: NameMatch = same_name
) -> None:
    """Every metric but the types: date, admin1 (predicted against gold, by `same_admin1`), distance,
    fatalities and actor kind."""
    said = evidence_said(m)
    _score_when_where(card, item, m, said, same_admin1)
    _score_who_and_toll(card, item, m, said)


def _score_type(card: Scorecard, item: AcledItem, m: EventMention | None, said: str) -> None:
    """ACLED event type and sub-event type."""
    got = m.type.acled_event_type if m else None
    detail = f"{item.event_type} vs {got} ({m and m.type.plover}) {said}"
    card.check(
        "event_type accuracy",
        m is not None and got == item.event_type,
        item.id,
        "wrong event type" if m else "",
        detail,
    )
    sub = sub_type_label(m)
    card.check(
        "sub_event_type accuracy",
        sub == item.sub_event_type,
        item.id,
        "wrong sub-event type" if m else "",
        f"{item.sub_event_type} vs {sub} {said}",
    )


def _score_when_where(
    card: Scorecard, item: AcledItem, m: EventMention | None, said: str, same_admin1: NameMatch
) -> None:
    """Date, admin1 and distance to the gold point."""
    got_date = m.date.value if m else None
    card.check(
        "date exact",
        got_date == item.event_date,
        item.id,
        _kind(m, got_date, "date"),
        f"{item.event_date} vs {got_date} ({m and m.date.reason}) {said}",
    )
    place = m.location if m else None
    admin1 = place.admin1 if place else None
    card.check(
        "admin1 exact",
        same_admin1(admin1, item.admin1),
        item.id,
        _kind(m, admin1, "admin1"),
        f"{item.admin1} vs {admin1} ({place and place.name}) {said}",
    )
    distance = _distance(item, m)
    card.check(
        f"location within {NEAR_KM:.0f} km",
        distance is not None and distance <= NEAR_KM,
        item.id,
        _kind(m, distance, "location"),
        f"{_km(distance)} from {item.admin1} {said}",
    )


def _score_who_and_toll(card: Scorecard, item: AcledItem, m: EventMention | None, said: str) -> None:
    """Fatalities (unknown counts 0, as ACLED writes 0 where none is reported) and the actor's kind."""
    killed = (m.casualties.fatalities or 0) if m else None
    card.check(
        "fatalities exact",
        killed == item.fatalities,
        item.id,
        "fatalities wrong" if m else "",
        f"{item.fatalities} vs {killed} {said}",
    )
    card.check(
        "actor kind (inter1)",
        m is not None and actor_kind_matches(item.inter1, m.actors),
        item.id,
        "actor kind wrong" if m else "",
        f"inter1={item.inter1} vs {_sectors(m)} {said}",
    )


def _kind(mention: EventMention | None, value: object, field: str) -> str:
    """The failure kind for a field: none (already counted as 'no event'), missing, or wrong."""
    if mention is None:
        return ""
    return f"{field} missing" if value is None else f"{field} wrong"


def _distance(item: AcledItem, mention: EventMention | None) -> float | None:
    """Kilometres from the gold point to the predicted place, None where either lacks coordinates."""
    place = mention.location if mention else None
    if place is None or place.lat is None or place.lon is None:
        return None
    return haversine_km(item.lat, item.lon, place.lat, place.lon)


def _km(distance: float | None) -> str:
    """A distance for a failure detail."""
    return "no coordinates" if distance is None else f"{distance:.0f} km"


def _sectors(mention: EventMention | None) -> str:
    """The predicted actors' sectors for a failure detail."""
    if mention is None:
        return "-"
    return ",".join(f"{a.name}:{a.sector}" for a in mention.actors) or "no actor"
