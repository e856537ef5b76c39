"""One article's assault told twice: folding two of its records that give one toll into one record.

An article about one shooting often tells it twice in words the pairwise merge keeps apart: the victim's
home town read as a second place beside the street of the shooting, 'was shot dead' and 'was beaten' of
one attack, the suburb and the city it belongs to. Each telling then becomes a record with the same dead,
and whoever adds up the article's dead counts them twice. Within one article, two current assaults giving
the same killed and injured (someone dead) on the same day, or one of them undated, are one incident:
an article telling two shootings of one day tells each with its own toll as a rule. The same toll told on
two days stays apart: as often as a misdated telling, it is an earlier shooting the story recalls. So does
the same toll told in two regions: a war report lends its toll to attacks in two provinces, and a misread
home town is as a rule one of the same state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kronika.dedup.build import build_event, sorted_evidence
from kronika.dedup.distinct import first_told_apart, told_apart
from kronika.dedup.scores import region_key
from kronika.model import Event, EventMention, Place

_Key = Any  # what the canonical order of mentions sorts by (merge.py owns it)


def fold_told_twice(
    clusters: Sequence[list[EventMention]], events: Sequence[Event], order: Callable[[EventMention], _Key]
) -> list[Event]:
    """The records of the clusters (`events[i]` built from `clusters[i]`), each one-article assault folded
    into an earlier record of its article telling the same toll; `order` is the mentions' canonical order."""
    groups: list[list[int]] = []
    # the groups an assault might fold into, by its article and toll: a record's day decides among them
    open_groups: dict[tuple[str, tuple[int, int]], list[list[int]]] = {}
    for i, event in enumerate(events):
        if not _foldable(event):
            groups.append([i])
            continue
        kin = open_groups.setdefault((event.articles[0], event.casualties.counts), [])
        home = next((g for g in kin if all(_may_fold(events[j], event) for j in g)), None)
        if home is None:
            home = []
            groups.append(home)
            kin.append(home)
        home.append(i)
    return [
        events[g[0]] if len(g) == 1 else _folded([events[i] for i in g], [clusters[i] for i in g], order)
        for g in groups
    ]


def _folded(
    events: Sequence[Event], clusters: Sequence[list[EventMention]], order: Callable[[EventMention], _Key]
) -> Event:
    """One record of an assault its article tells as several: the telling the article gives most sentences
    (the most confident record, as the deadliest record is picked) leads with its type, place and toll, the
    other tellings add their sentences, actors and confidence (a misread second town is no second place)."""
    lead = max(events, key=lambda e: e.confidence)  # the first of equals: the earliest
    built = build_event(sorted((m for c in clusters for m in c), key=order))
    rest = sorted_evidence(e for e in built.evidence if e not in lead.evidence)
    return replace(
        built,
        type=lead.type,
        location=lead.location or built.location,
        casualties=lead.casualties,
        evidence=(*lead.evidence, *rest),
    )


def _foldable(event: Event) -> bool:
    """Whether a record is a current assault of one article that counts someone dead."""
    return (
        event.type.plover == "ASSAULT"
        and not event.historical
        and len(event.articles) == 1
        and bool(event.casualties.fatalities)
    )


def _may_fold(a: Event, b: Event) -> bool:
    """Whether two tellings of one toll may be one assault: on one day and in one region, neither told as a
    further incident after the other ('Hours later, another shooting ...')."""
    if told_apart(first_told_apart(b.mentions), _sentences(a)) or told_apart(
        first_told_apart(a.mentions), _sentences(b)
    ):
        return False
    return _same_day(a, b) and _same_region(a.location, b.location)


def _sentences(event: Event) -> frozenset[tuple[str, int]]:
    """(article id, start) of each sentence a record's evidence quotes."""
    return frozenset((e.article, e.start) for e in event.evidence)


def _same_region(a: Place | None, b: Place | None) -> bool:
    """Whether two places lie in one first-level region, or either says too little to tell (no place, the
    country alone, no region)."""
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    region_a, region_b = _region(a), _region(b)
    return region_a is None or region_b is None or region_a == region_b


def _region(place: Place) -> str | None:
    """A place's first-level region, folded for comparing; None at country level or where unknown."""
    return (region_key(place) or None) if place.precision != "country" else None


def _same_day(a: Event, b: Event) -> bool:
    """Whether two records are dated the same day, or one of them undated (a group folds a record only where
    it agrees with every member, so an undated one never joins Saturday's telling to Sunday's)."""
    return a.date.value is None or b.date.value is None or a.date.value == b.date.value
