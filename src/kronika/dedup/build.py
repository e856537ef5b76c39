"""Building one merged Event from a cluster of mentions: its id, type, date, place, actors, casualties,
evidence and confidence. `merge.py` decides which mentions form a cluster; this module only combines them."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

from kronika.actors.keys import canonical_key
from kronika.events.framing import GENERIC_UNREST
from kronika.events.harmed_protests import harmed_protest
from kronika.events.taxonomy import (
    EXCESSIVE_FORCE,
    FIRED_MODES,
    INTERVENTION,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
    guessed_battle,
)
from kronika.model import Actor, Casualties, Event, EventDate, EventMention, EventType, Evidence, Place
from kronika.textnorm import strip_accents

MAX_CONFIDENCE = 0.99
DATE_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
PLACE_RANK = {"point": 3, "city": 2, "admin1": 1, "country": 0}
# Words that name the unrest as a whole rather than one protest: such a mention is the same event as the
# specific protest of that place and day.
GENERIC_TRIGGERS = GENERIC_UNREST
# ACLED's protest sub-types by how far the protest went, and the confidence a reading needs to raise one
PROTEST_SEVERITY = {PEACEFUL_PROTEST: 0, INTERVENTION: 1, EXCESSIVE_FORCE: 2, VIOLENT_DEMONSTRATION: 3}
SURE_SEVERITY = 0.5
# Words that open a clause a sentence tells only as the setting of its own news: 'resigned after the
# commission annulled the vote' reports the resignation; the annulment is named in passing.
_SETTING_WORDS = frozenset({"after", "following", "amid", "amidst", "despite"})


def event_id(first: EventMention) -> str:
    """The stable id of the event whose earliest mention this is."""
    key = f"{first.article_id}\x1f{first.evidence.start}\x1f{first.trigger.start}\x1f{first.type.plover}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def specificity(t: EventType) -> int:
    """How much a type says: a mode and an ACLED sub-type each count one."""
    return (t.mode is not None) + (t.acled_sub_event_type is not None)


def _pick_type(cluster: Sequence[EventMention]) -> EventType:
    """The most specific type, then the most confident; ties go to the earliest mention.

    Unrest that holds a protest with a mode is that protest (a rally the police broke up with tear gas
    is a protest event, as ACLED codes it), not the assault on its fringe; rocket or shell fire merged with
    an armed clash whose mode is a guess is that fire.
    """
    protests = [m for m in cluster if m.type.plover == "PROTEST" and m.type.mode]
    # rocket or shell fire merged with a fight typed by its sub-type alone: the fire says the weapon
    fired = [m for m in cluster if m.type.mode in FIRED_MODES]
    guessed = fired and any(guessed_battle(m.type) for m in cluster)
    pool = protests or (fired if guessed else list(cluster))
    ranked = [(specificity(m.type), _severity(m), m.confidence, -i) for i, m in enumerate(pool)]
    return pool[ranked.index(max(ranked))].type


def _severity(mention: EventMention) -> int:
    """How far a protest went, where its reading is sure enough to tell it: a march whose crowd then threw
    stones is a violent demonstration, as ACLED codes the day's protest by the worst it came to."""
    if mention.type.plover != "PROTEST" or mention.confidence < SURE_SEVERITY:
        return 0
    return PROTEST_SEVERITY.get(mention.type.acled_sub_event_type or "", 0)


def pick_date(dates: Sequence[EventDate]) -> EventDate:
    """The most precise date, then the one most mentions give, then the earliest (a night's start)."""
    dated = [d for d in dates if d.value is not None]
    if not dated:
        return dates[0]
    counts = Counter((d.value, d.precision) for d in dated)
    ranked = [
        (DATE_RANK.get(d.precision or "day", 3), counts[(d.value, d.precision)], -d.value.toordinal(), -i)
        for i, d in enumerate(dated)
        if d.value is not None
    ]
    return dated[ranked.index(max(ranked))]


def pick_place(places: Sequence[Place | None], named: Sequence[bool] = ()) -> Place | None:
    """The most precise place (a county before its region), then one its own sentence names, then the one
    most mentions give; ties go to the earliest. `named[i]`: whether the i-th place is named in its
    mention's sentence.

    A sentence naming no place takes the dateline's or the article's town, so later sentences outvote
    the lead ('FORT LAUDERDALE (WXYZ) - two men were shot in Pompano Beach' and four more sentences
    placed by the dateline): a place written where the event is told outranks such borrowed ones.
    """
    pairs = [(p, bool(named[i]) if i < len(named) else False) for i, p in enumerate(places)]
    located = [(p, said) for p, said in pairs if p is not None]
    if not located:
        return None
    counts = Counter((p.name, p.country) for p, _ in located)
    ranked = [
        (PLACE_RANK[p.precision], _district(p), said, counts[(p.name, p.country)], -i)
        for i, (p, said) in enumerate(located)
    ]
    return located[ranked.index(max(ranked))][0]


def _district(place: Place) -> bool:
    """Whether a place at region precision is a county or district (named apart from its region): 'a
    shooting in south Alabama' and 'Geneva County deputies' tell of one place, the county's."""
    return place.precision == "admin1" and place.name != place.admin1


def names_place(mention: EventMention) -> bool:
    """Whether the mention's sentence writes its place (not borrowed from a dateline or the lead): its
    name, or for a city 'the capital'."""
    place = mention.location
    if place is None:
        return False
    text = strip_accents(mention.evidence.text).lower()
    # 'protesters in the capital': a capital is written by its title as well as by its name
    return strip_accents(place.name).lower() in text or (place.precision == "city" and "the capital" in text)


def _highest(values: Iterable[int | None]) -> int | None:
    """The largest stated count, or None when none is stated."""
    stated = [v for v in values if v is not None]
    return max(stated) if stated else None


def lowest_report(reports: Sequence[Casualties]) -> Casualties:
    """ACLED's conservative rule across reports: the lowest death toll stated, with the injured as the
    reports giving that toll count them (the lowest of theirs). Injured and dead are not taken from two
    reports apart: the man one report tells wounded is often the man a later one tells died of his
    wounds, and counting him in both figures would count him twice."""
    dead = [r.fatalities for r in reports if r.fatalities is not None]
    if not dead:
        hurt = [r.injured for r in reports if r.injured is not None]
        return Casualties(None, min(hurt) if hurt else None)
    toll = min(dead)
    hurt = [r.injured for r in reports if r.fatalities == toll and r.injured is not None]
    return Casualties(toll, min(hurt) if hurt else None)


def _casualties(cluster: Sequence[EventMention], day: EventDate) -> Casualties:
    """Within an article the toll of the mention that counts the most people (the toll is stated once),
    among those dated on the event's day where one of them counts anyone; across articles the lowest."""
    by_article: dict[str, list[EventMention]] = {}
    for m in cluster:
        by_article.setdefault(m.article_id, []).append(m)
    return lowest_report(
        [_fullest([m.casualties for m in _on_day(told, day)]) for told in by_article.values()]
    )


def _on_day(mentions: Sequence[EventMention], day: EventDate) -> Sequence[EventMention]:
    """The mentions dated on the event's day, where one of them counts anyone, else all: a sentence
    setting the shooting beside an earlier one ('The shooting comes a week after a fatal shooting where
    four were shot') is read as a mention dated apart that merge may join to the event, and its toll is
    the earlier shooting's."""
    same = [m for m in mentions if day.value is not None and m.date.value == day.value]
    counted = any(m.casualties.fatalities or m.casualties.injured for m in same)
    return same if counted else mentions


def _fullest(tolls: Sequence[Casualties]) -> Casualties:
    """The toll of one article's mentions that counts the most people, its dead and hurt taken together: the
    dead of one shooting of a round-up and the hurt of another are no one incident's toll."""
    return max(tolls, key=lambda c: (c.total, c.fatalities or 0))


def sorted_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Distinct evidence sorted by article and offset."""
    return tuple(sorted(set(evidence), key=lambda e: (e.article, e.start, e.end, e.text)))


def reporting_first(cluster: Sequence[EventMention], kind: EventType, day: EventDate) -> tuple[Evidence, ...]:
    """The cluster's evidence with the sentence that reports the event itself first, the rest by offset.

    A lead often names the event only in passing ('resigned after widespread unrest', dated by the
    resignation): the record's first evidence is the earliest sentence that tells more than the unrest
    as a whole, dates the event to its own day and, where one does, tells it as the event's type and mode
    (or no mode),
    as its own news rather than as another act's setting (`in_passing`), and names where it happened
    ('mines were seized across the country' before 'the mine in Naryn').
    """
    evidence = sorted_evidence(m.evidence for m in cluster)
    ranked = [
        (
            not is_generic(m),
            m.date.value == day.value,
            _tells_as(m.type, kind),
            not in_passing(m),
            names_place(m),
            -i,
        )
        for i, m in enumerate(cluster)
    ]
    lead = cluster[ranked.index(max(ranked))].evidence
    return (lead, *(e for e in evidence if e != lead))


def _tells_as(told: EventType, kind: EventType) -> bool:
    """Whether a mention tells the event as the record's type: its PLOVER type, and its mode or none (a
    lead's 'stormed a village, killing 23' names no weapon, where a later 'opened fire' does)."""
    return told.plover == kind.plover and told.mode in (None, kind.mode)


def in_passing(mention: EventMention) -> bool:
    """Whether the mention's trigger sits in a clause its sentence opens with 'after', 'following' or
    'amid' and no comma closes before the trigger: 'X resigned after unrest pushed the commission to
    cancel the vote' names the cancellation as the resignation's setting, not as its own news. A fronted
    clause closed by a comma ('After the vote, crowds stormed ...') leaves the main clause's trigger alone."""
    before = mention.evidence.text[: max(mention.trigger.start - mention.evidence.start, 0)]
    words = [w.strip(",;:").lower() for w in before.split()]
    opened = max((i for i, w in enumerate(words) if w in _SETTING_WORDS), default=None)
    return opened is not None and not any(w.endswith((",", ";")) for w in before.split()[opened:])


def combine_confidence(values: Iterable[float]) -> float:
    """Independent reports reinforce each other: 1 - prod(1 - c), capped below certainty."""
    doubt = 1.0
    for value in values:
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    return round(min(1.0 - doubt, MAX_CONFIDENCE), 4)


def likeliest_realis(values: Iterable[float | None]) -> float | None:
    """An event is as likely real as its likeliest telling: one report of it as news outweighs a passing
    general remark that reads the same act (None where no telling was scored)."""
    scored = [v for v in values if v is not None]
    return max(scored) if scored else None


def _confidence(cluster: Sequence[EventMention]) -> float:
    """Combined confidence, counting each sentence once (two triggers in one sentence are one report)."""
    best: dict[tuple[str, int], float] = {}
    for m in cluster:
        key = (m.article_id, m.evidence.start)
        best[key] = max(best.get(key, 0.0), m.confidence)
    return combine_confidence(best.values())


def build_event(cluster: Sequence[EventMention]) -> Event:
    """The merged Event of one cluster of mentions, given in canonical order."""
    picked = _pick_type(cluster)
    day = pick_date(_deciding_dates(cluster))
    casualties = _casualties(cluster, day)
    evidence = reporting_first(cluster, picked, day)
    # a protest whose mentions together count dead or hurt, or tell clashes, is coded by who did the violence
    kind = harmed_protest(picked, casualties, " ".join(e.text for e in sorted_evidence(evidence)))
    return Event(
        id=event_id(cluster[0]),
        articles=tuple(sorted({m.article_id for m in cluster})),
        type=kind,
        date=day,
        location=pick_place([m.location for m in cluster], [names_place(m) for m in cluster]),
        actors=union_actors(m.actors for m in cluster),
        targets=union_actors(m.targets for m in cluster),
        casualties=casualties,
        evidence=evidence,
        historical=all(m.historical for m in cluster),
        confidence=_confidence(cluster),
        realis=likeliest_realis(m.realis for m in cluster),
        mentions=tuple(cluster),
        published=tuple(sorted({m.published for m in cluster if m.published is not None})),
    )


def is_generic(mention: EventMention) -> bool:
    """Whether a mention names street unrest as a whole ('the unrest') rather than one protest."""
    return mention.type.plover == "PROTEST" and mention.trigger.text.strip().lower() in GENERIC_TRIGGERS


def _deciding_dates(cluster: Sequence[EventMention]) -> list[EventDate]:
    """The dates that vote on the event's. A sentence about the unrest as a whole dates it loosely
    ('the minister resigned Tuesday after days of unrest'), so where a report of the protest itself is
    dated, the generic sentences do not vote."""
    specific = [m.date for m in cluster if m.date.value is not None and not is_generic(m)]
    return specific or [m.date for m in cluster]


def union_actors(groups: Iterable[Sequence[Actor]]) -> tuple[Actor, ...]:
    """Actors deduplicated by canonical key, first seen first; a later spelling with more facts wins.

    An implied actor (no text: the police an arrest implies) stands only where no report names one,
    so one report's guess never sits beside another report's named doer."""
    chosen: dict[str, Actor] = {}
    for group in groups:
        for actor in group:
            key = canonical_key(actor.name) or actor.name
            known = chosen.get(key)
            if known is None or _facts(actor) > _facts(known):
                chosen[key] = actor
    named = tuple(actor for actor in chosen.values() if actor.text)
    return named or tuple(chosen.values())


def _facts(actor: Actor) -> int:
    """How many optional fields an actor fills."""
    return (actor.country is not None) + (actor.sector is not None)
