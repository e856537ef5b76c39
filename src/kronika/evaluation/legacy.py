"""Scoring on ACLED's 2015 South Asian notes (old schema): news-like text, coarse event types and arguments.

These notes were mostly written by lifting a report's own sentences ("on Thursday night", "in the
district"), so they are the closest the development data comes to news text with ACLED's coding. The old
schema has no sub-event types and its event types are not today's: each old type allows the event types
that ACLED later split it into, and a prediction is right when it is one of them. The arguments are scored
as on the modern notes (`acled.score_arguments`), the note published the day after the event. Notes that
ACLED re-coded into the modern files (their first 60 characters match) are left out: the classifier may
have trained on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kronika.evaluation.acled import EXTRA, FILE, AcledItem, acled_article, evidence_said, score_arguments
from kronika.evaluation.common import (
    MentionSource,
    Scorecard,
    most_confident_per_article,
    read_csv_gz,
    sample,
    shorten,
)
from kronika.evaluation.report import DatasetResult
from kronika.evaluation.scoring import fold, parse_acled_date, same_name, strip_size_tags
from kronika.model import EventMention

DATASET: Final = "acled-2015"
LEGACY: Final = "acled_2015_south_asia_oldschema.csv.gz"
_BATTLES: Final = frozenset({"Battles"})
_STRATEGIC: Final = frozenset({"Strategic developments"})
# Old event type (case-folded) -> the event types of today's schema that it became.
OLD_TYPES: Final[Mapping[str, frozenset[str]]] = {
    "riots/protests": frozenset({"Protests", "Riots"}),
    "battle-no change of territory": _BATTLES,
    "battle-government regains territory": _BATTLES,
    "battle-non-state actors overtake territory": _BATTLES,
    "violence against civilians": frozenset({"Violence against civilians"}),
    "remote violence": frozenset({"Explosions/Remote violence"}),
    "strategic development": _STRATEGIC,
    "non-violent transfer of territory": _STRATEGIC,
    "headquarters or base established": _STRATEGIC,
}
PREFIX: Final = 60  # characters of a note compared with the modern files' notes
_NEPAL_CENTRE: Final = frozenset({"Bagmati", "Madhesh"})
_NEPAL_EAST: Final = frozenset({"Koshi", "Madhesh"})
_NEPAL_WEST: Final = frozenset({"Gandaki", "Lumbini"})
# First-level regions renamed, split or merged since 2015 (case-folded old name -> the names they have now):
# Nepal's five development regions became seven provinces, Pakistan's tribal areas joined Khyber
# Pakhtunkhwa, Bangladesh's Mymensingh division was cut out of Dhaka, Myanmar's Shan and Bago are coded
# in parts. A place in one of them is in the old region, so either name is right.
RENAMED_ADMIN1: Final[Mapping[str, frozenset[str]]] = {
    "delhi": frozenset({"NCT of Delhi"}),
    "islamabad capital territory": frozenset({"Federal Capital Territory"}),
    "federally administered tribal areas": frozenset({"Khyber Pakhtunkhwa"}),
    "dhaka": frozenset({"Mymensingh"}),
    "shan": frozenset({"Shan-North", "Shan-East", "Shan-South"}),
    "bago": frozenset({"Bago-East", "Bago-West"}),
    "naypyidaw": frozenset({"Nay Pyi Taw"}),
    "central": _NEPAL_CENTRE,
    "east": _NEPAL_EAST,
    "eastern": _NEPAL_EAST,
    "west": _NEPAL_WEST,
    "western": _NEPAL_WEST,
    "mid-west": frozenset({"Karnali", "Lumbini"}),
    "mid-western": frozenset({"Karnali", "Lumbini"}),
    "far-west": frozenset({"Sudurpashchim"}),
    "far west": frozenset({"Sudurpashchim"}),
    "far-western": frozenset({"Sudurpashchim"}),
}


@dataclass(frozen=True)
class LegacyItem:
    """One old-schema row: the event types it allows, and the arguments in the modern item's shape."""

    old_type: str
    allowed: frozenset[str]
    gold: AcledItem


def load_legacy(data_dir: Path, limit: int, *, skip: int = 0) -> list[LegacyItem]:
    """A fixed sample of the old-schema notes that no modern file holds, with a known old type."""
    modern = _modern_prefixes([data_dir / FILE, data_dir / EXTRA])
    items = [
        item
        for row in read_csv_gz(data_dir / LEGACY)
        if (item := item_from_old_row(row)) is not None and _prefix(item.gold.notes) not in modern
    ]
    return sample(items, limit, skip=skip)


def _prefix(notes: str) -> str:
    """A note's start, case- and spacing-insensitive: ACLED's re-coded copies keep it, later edits aside."""
    return fold(notes)[:PREFIX]


def _modern_prefixes(paths: Sequence[Path]) -> frozenset[str]:
    """The note starts of the modern files that are present."""
    return frozenset(_prefix(row["notes"]) for path in paths if path.is_file() for row in read_csv_gz(path))


def item_from_old_row(row: dict[str, str]) -> LegacyItem | None:
    """One old-schema row as a LegacyItem; None where it has no note, place, actor kind or known type."""
    allowed = OLD_TYPES.get(row["EVENT_TYPE"].strip().casefold())
    inter = row["INTER1"].strip()
    if allowed is None or not row["NOTES"].strip() or not row["LATITUDE"] or not inter.isdigit():
        return None
    gold = AcledItem(
        id=row["EVENT_ID_CNTY"],
        notes=strip_size_tags(row["NOTES"]),
        event_date=parse_acled_date(row["EVENT_DATE"]),
        event_type=row["EVENT_TYPE"],
        sub_event_type="",
        admin1=row["ADMIN1"],
        lat=float(row["LATITUDE"]),
        lon=float(row["LONGITUDE"]),
        fatalities=int(row["FATALITIES"] or 0),
        inter1=int(inter),
    )
    return LegacyItem(row["EVENT_TYPE"], allowed, gold)


def evaluate_legacy(source: MentionSource, data_dir: Path, limit: int, *, skip: int = 0) -> DatasetResult:
    """Run the pipeline over a sample of old-schema notes and score its most confident mention of each."""
    items = load_legacy(data_dir, limit, skip=skip)
    articles = (acled_article(item.gold) for item in items)
    return score_legacy(items, most_confident_per_article(source, articles))


def score_legacy(items: Sequence[LegacyItem], predictions: Sequence[EventMention | None]) -> DatasetResult:
    """Event type within the old type's successors, then every argument metric of the modern notes."""
    card = Scorecard(DATASET)
    for item, mention in zip(items, predictions, strict=True):
        if mention is None:
            card.fail("no event", item.gold.id, shorten(item.gold.notes))
        got = mention.type.acled_event_type if mention else None
        card.check(
            "event_type accuracy",
            got in item.allowed,
            item.gold.id,
            "wrong event type" if mention else "",
            f"{item.old_type} vs {got} ({mention and mention.type.plover}) {evidence_said(mention)}",
        )
        score_arguments(card, item.gold, mention, same_admin1=same_region)
    return card.result(items=len(items))


def same_region(predicted: str | None, old: str | None) -> bool:
    """Whether the predicted first-level region is the 2015 one, under its name or a name it has now."""
    if same_name(predicted, old):
        return True
    return old is not None and predicted in RENAMED_ADMIN1.get(old.casefold(), frozenset())
