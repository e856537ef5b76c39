"""Merging event mentions into one Event per real-world event, within and across articles, with stable ids.

Two reports are scored pair by pair (`dedup.scores.similarity`): type, date, place, actors and shared
sentences add points, and a hard contradiction makes them INCOMPATIBLE. Mentions join a cluster greedily,
in a canonical order, when they reach MERGE_THRESHOLD with one member and contradict none (no chaining of
a Monday and a Wednesday through an undated mention).

Event ids: "ev_" + 16 hex digits of sha1 over the earliest mention's (article id, evidence start, trigger
start, PLOVER type), earliest by (article id, evidence start, trigger start). The id does not depend on
input order or on the worker. Adding a new article whose id sorts after the event's articles keeps the
id of every event it merges into (the new mentions come later in the canonical order, so the earlier
clusters form exactly as before and keep their earliest mention).

Combining a cluster into one Event (its type, date, place, casualties, confidence) is `dedup/build.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kronika.dedup.build import (
    build_event,
    combine_confidence,
    likeliest_realis,
    lowest_report,
    pick_date,
    pick_place,
    sorted_evidence,
    specificity,
    union_actors,
)
from kronika.dedup.fold import fold_told_twice
from kronika.dedup.scores import (
    INCOMPATIBLE,
    MERGE_THRESHOLD,
    Profile,
    profile_of,
    profile_score,
    street_family,
    street_force,
)
from kronika.model import Event, EventMention, EventType

# --- clustering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """A mention with its profile and its blocking keys."""

    mention: EventMention
    profile: Profile
    country: str | None
    day: int | None  # ordinal of a day-precise date; None when undated or coarser


def _mention_order(m: EventMention) -> tuple[str, int, int, int, str, str, int]:
    """The canonical order of mentions: by article, offset and trigger; input order never matters."""
    return (
        m.article_id,
        m.evidence.start,
        m.trigger.start,
        m.trigger.end,
        m.type.plover,
        m.type.mode or "",
        m.evidence.end,
    )


def _family(event_type: EventType) -> str:
    """The blocking family of a type: PROTEST and ASSAULT share one, since riots link them, with a crowd's
    arrest or dispersal typed as the protest it broke up."""
    return "UNREST" if street_family(event_type) else event_type.plover


def _item(mention: EventMention) -> _Item:
    """A mention ready for clustering."""
    country, day = _blocking_key(mention)
    return _Item(mention, profile_of(mention), country, day)


_Key = tuple[str | None, int | None]


def _blocking_key(report: EventMention | Event) -> _Key:
    """A mention's or a record's country and the ordinal of its day (None where undated or coarser)."""
    d = report.date
    day = d.value.toordinal() if d.value is not None and (d.precision or "day") == "day" else None
    return (report.location.country if report.location else None, day)


def _candidates(country: str | None, day: int | None, index: dict[_Key, set[int]]) -> list[int]:
    """Clusters that could hold an item of this country and day: same or unknown country, near or unknown
    day (an unknown one of the item's: any)."""
    countries = {country, None} if country else None
    days = {day - 1, day, day + 1, None} if day is not None else None
    if countries is not None and days is not None:
        found = {i for c in countries for d in days for i in index.get((c, d), ())}
    else:
        found = {
            i
            for (c, d), ids in index.items()
            if (countries is None or c in countries) and (days is None or d in days)
            for i in ids
        }
    return sorted(found)


def _link(profile: Profile, members: list[_Item]) -> float:
    """The best score with a member, or INCOMPATIBLE as soon as one member contradicts the profile. A
    cluster holding street unrest met with force ('police shot dead five as protesters took to the
    streets') is read as such by each member: '41 people were injured' meets its protest as its shooting."""
    top = INCOMPATIBLE
    riot = any(street_force(m.profile) for m in members)
    for member in members:
        score = profile_score(profile, member.profile, riot)
        if score == INCOMPATIBLE:
            return INCOMPATIBLE
        top = max(top, score)
    return top


def _best_cluster(item: _Item, clusters: list[list[_Item]], candidates: list[int]) -> int | None:
    """The cluster the item joins: best score over a member, no member contradicting it; ties go earliest."""
    best, best_score = None, MERGE_THRESHOLD
    for i in candidates:
        top = _link(item.profile, clusters[i])
        if top > best_score or (best is None and top >= best_score):
            best, best_score = i, top
    return best


def _cluster_family(items: list[_Item]) -> list[list[_Item]]:
    """Greedy clustering of one family's items, which arrive in canonical order."""
    clusters: list[list[_Item]] = []
    index: dict[_Key, set[int]] = {}
    for item in items:
        chosen = _best_cluster(item, clusters, _candidates(item.country, item.day, index))
        if chosen is None:
            chosen = len(clusters)
            clusters.append([])
        clusters[chosen].append(item)
        index.setdefault((item.country, item.day), set()).add(chosen)
    return clusters


def cluster_mentions(mentions: Sequence[EventMention]) -> list[list[EventMention]]:
    """Groups of mentions of one event each, blocked by type family, then by country and day."""
    families: dict[str, list[_Item]] = {}
    for mention in sorted(mentions, key=_mention_order):
        families.setdefault(_family(mention.type), []).append(_item(mention))
    return [
        [item.mention for item in cluster]
        for family in sorted(families)
        for cluster in _cluster_family(families[family])
    ]


# --- the public entry points --------------------------------------------------------------------


def merge_mentions(mentions: Sequence[EventMention]) -> list[Event]:
    """One Event per real-world event, in a deterministic order (by earliest evidence, then type)."""
    clusters = cluster_mentions(mentions)
    # an article telling one assault twice, in words the pairwise scores keep apart, gives one record
    events = fold_told_twice(clusters, [build_event(cluster) for cluster in clusters], _mention_order)
    return join_records(sorted(events, key=_event_order))


def join_records(events: Sequence[Event]) -> list[Event]:
    """Records of disjoint articles that tell one event, joined as a store joins them one run at a time.

    Clustering lets a mention join a cluster only where no member contradicts it, so two articles' clusters
    of one shooting stay apart when one sentence of one of them (a follow-up's court day, a suburb named
    for the suspect's home) contradicts a sentence of the other. Compared as whole records, which carry
    their picked day, place and toll, they agree; the scores still ask them to agree on the day and the
    place (`scores._anchored`). In the order given (the records' canonical order), the earlier keeps its id.
    """
    joined: list[Event] = []
    profiles: list[Profile] = []
    index: dict[_Key, set[int]] = {}
    for event in events:
        profile = profile_of(event)
        country, day = _blocking_key(event)
        into = _record_to_join(event, profile, _candidates(country, day, index), joined, profiles)
        if into is None:
            into = len(joined)
            joined.append(event)
            profiles.append(profile)
        else:
            joined[into] = merge_events(joined[into], event)
            profiles[into] = profile_of(joined[into])
        for key in {(country, day), _blocking_key(joined[into])}:
            index.setdefault(key, set()).add(into)
    return joined


def _record_to_join(
    event: Event, profile: Profile, candidates: list[int], joined: list[Event], profiles: list[Profile]
) -> int | None:
    """The first kept record of other articles that the event's profile reaches MERGE_THRESHOLD with."""
    articles = set(event.articles)
    others = (i for i in candidates if not articles & set(joined[i].articles))
    return next((i for i in others if profile_score(profile, profiles[i]) >= MERGE_THRESHOLD), None)


def _event_order(event: Event) -> tuple[str, int, str, str]:
    """Events sort by their earliest evidence, then type and id."""
    first = min(event.evidence, key=lambda e: (e.article, e.start))
    return (first.article, first.start, event.type.plover, event.id)


def merge_events(stored: Event, new: Event) -> Event:
    """Fold a newly extracted event into a stored one, keeping the stored id (cross-run dedup)."""
    articles = set(stored.articles) | set(new.articles)
    # the stored record's order stands (its reporting sentence first); new sentences follow by offset
    evidence = (*stored.evidence, *sorted_evidence(set(new.evidence) - set(stored.evidence)))
    if articles == set(stored.articles) and evidence == stored.evidence:
        return stored  # nothing new: the same report added again
    shared = set(stored.articles) & set(new.articles)
    return Event(
        id=stored.id,
        articles=tuple(sorted(articles)),
        type=new.type if specificity(new.type) > specificity(stored.type) else stored.type,
        date=pick_date([stored.date, new.date]),
        location=pick_place([stored.location, new.location]),
        actors=union_actors((stored.actors, new.actors)),
        targets=union_actors((stored.targets, new.targets)),
        casualties=lowest_report([stored.casualties, new.casualties]),
        evidence=evidence,
        historical=stored.historical and new.historical,
        # a re-extraction of an article already counted is not an independent report
        confidence=max(stored.confidence, new.confidence)
        if shared
        else combine_confidence((stored.confidence, new.confidence)),
        realis=likeliest_realis((stored.realis, new.realis)),
        mentions=(*stored.mentions, *new.mentions),
        published=tuple(sorted({*stored.published, *new.published})),
    )
