"""Whether two reports tell one event: the pairwise similarity of mentions and events (`similarity`).

Type, date, place, actors and shared sentences add points, and a hard contradiction (another day,
another city, historical vs current, unrelated types) makes two reports INCOMPATIBLE; `merge.py` clusters
mentions by these scores, joining at MERGE_THRESHOLD.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kronika.actors.keys import canonical_key
from kronika.dedup.build import DATE_RANK, PLACE_RANK, is_generic
from kronika.dedup.days_apart import on_two_days, stories_apart, streets_apart
from kronika.dedup.distinct import first_told_apart, told_apart
from kronika.events.taxonomy import EXCESSIVE_FORCE, FIRED_MODES, INTERVENTION, guessed_battle
from kronika.geo.nearby import COUNTY_KM
from kronika.model import Actor, Casualties, Event, EventDate, EventMention, EventType, Evidence, Place
from kronika.textnorm import strip_accents

MERGE_THRESHOLD = 4.0
INCOMPATIBLE = -math.inf
# Two articles tell one event when they agree on its day and its town or region: the same kind of event
# with one side undated or placed only in a country is another event as often as not
UNANCHORED = MERGE_THRESHOLD - 1.0
# A report that dates nothing and came out at most this many days after the other's day tells that day's
# news: 'A man was shot dead on Oak Street' in Monday's paper, after a Saturday-night shooting there
FRESH_DAYS = 2
# across articles, two reports giving the same killed and injured (someone among them) once they agree
# on the day and the place: what a later report of the same shooting repeats
TOLL_POINTS = 1.0
NEAR_KM = 15.0  # two city names this close are one place spelled two ways (Frunze / Bishkek)

UNREST = frozenset({"PROTEST", "ASSAULT"})
# a strike, a shelling or a bomb has one side acting: an air strike by one side and the rockets of the
# other side it answers are two events, however close in day and place
ONE_SIDED = "Explosions/Remote violence"
# An assault told in the words of street unrest ("one man was killed in the clashes") is part of it
_RIOT_WORDS = re.compile(r"\b(clash(es|ed)?|riot(s|ers|ing)?|unrest|turned violent|stormed)\b", re.IGNORECASE)
_FORCED_PROTESTS = frozenset({INTERVENTION, EXCESSIVE_FORCE})
# Modes that do not name a means: "was killed" fits a shooting as well as a beating
_ANY_MODE = frozenset({None, "kill"})
_DEFINITE = frozenset({"the", "this", "that"})
# a rally held against another ('held a counter-rally nearby', 'a counterprotest'): an event of its own
_COUNTER = re.compile(
    r"counter[- ]?(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?)\b", re.IGNORECASE
)
_COUNTER_AFTER = re.compile(
    r"\s+(?:(?:a|an|its|their|own|large|rival|small)\s+){0,3}" + _COUNTER.pattern, re.IGNORECASE
)

Mergeable = EventMention | Event


@dataclass(frozen=True)
class _Where:
    """A place with its comparison keys folded once (profiles are compared many times)."""

    place: Place
    rank: int
    name: str
    region: str  # the admin1 the place lies in, or its own name for an admin1; "" when unknown


@dataclass(frozen=True)
class Profile:
    """What the pairwise comparison needs from a mention or an event."""

    type: EventType
    date: EventDate
    place: _Where | None
    names: frozenset[frozenset[str]]  # canonical keys of actors and targets, as sets of words
    # (role, sector, country) of actors and targets: a court that acted on a government man shares no
    # side with a government commission that acted itself
    sectors: frozenset[tuple[str, str, str | None]]
    # the same of the actors and targets a report writes (not those its event type implies)
    told_names: frozenset[frozenset[str]]
    told_sectors: frozenset[tuple[str, str, str | None]]
    proper: frozenset[frozenset[str]]  # the keys of told names that are full proper names
    published: frozenset[datetime.date]  # the days its articles came out
    historical: bool
    sentences: frozenset[tuple[str, int]]  # (article id, evidence start)
    articles: frozenset[str]  # the articles its evidence comes from
    generic: bool
    anaphor_in: str | None  # the article in which this mention is a back-reference ("the shooting")
    riot_context: bool  # its evidence speaks of clashes, riots or unrest
    toll: Casualties
    counter: bool = False  # a counter-rally or counter-protest, held against another
    # (article id, evidence start) where it is introduced as a further incident ('a second shooting')
    apart: tuple[str, int] | None = None
    stories: frozenset[tuple[str, int]] = frozenset()  # (article id, story start) of its tellings


def profile_of(item: Mergeable) -> Profile:
    """The comparison profile of a mention or an event."""
    people = (*item.actors, *item.targets)
    anaphor_in = None
    told = (item,) if isinstance(item, EventMention) else item.mentions
    stories = frozenset((m.article_id, m.story) for m in told if m.story is not None)
    if isinstance(item, EventMention):
        evidence: tuple[Evidence, ...] = (item.evidence,)
        generic = is_generic(item)
        anaphor_in = item.article_id if _is_anaphor(item) else None
        counter = _is_counter(item)
        apart = first_told_apart((item,))
    else:
        evidence, generic = item.evidence, False
        counter = bool(item.mentions) and all(_is_counter(m) for m in item.mentions)
        apart = first_told_apart(item.mentions)
    return Profile(
        type=item.type,
        date=item.date,
        place=_where(item.location) if item.location else None,
        names=_keys(people),
        sectors=_sides(item.actors, item.targets),
        told_names=_keys(a for a in people if a.text),
        told_sectors=_sides(_told(item.actors), _told(item.targets)),
        proper=_keys(a for a in people if a.text and _is_proper(a.name)),
        published=_published(item),
        historical=item.historical,
        sentences=frozenset((e.article, e.start) for e in evidence),
        articles=frozenset(e.article for e in evidence),
        generic=generic,
        anaphor_in=anaphor_in,
        riot_context=any(_RIOT_WORDS.search(e.text) for e in evidence),
        toll=item.casualties,
        counter=counter,
        apart=apart,
        stories=stories,
    )


def _published(item: Mergeable) -> frozenset[datetime.date]:
    """The days the articles of a mention or an event came out, where known."""
    if isinstance(item, EventMention):
        return frozenset({item.published} if item.published is not None else ())
    return frozenset(item.published)


def _keys(people: Iterable[Actor]) -> frozenset[frozenset[str]]:
    """The canonical keys of actors, each as a set of words."""
    return frozenset(k for k in (frozenset(canonical_key(a.name).split()) for a in people) if k)


def _is_proper(name: str) -> bool:
    """Whether a canonical name is a full proper name: two or more words, each capitalised ('Unidentified
    armed group' and 'Victims' name kinds of people, not someone)."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _told(people: Sequence[Actor]) -> tuple[Actor, ...]:
    """The actors a report writes; an implied one (no text: the gunmen a shooting implies) is a guess."""
    return tuple(a for a in people if a.text)


def _is_counter(mention: EventMention) -> bool:
    """Whether the mention is a counter-rally: its trigger names one ('the counter-protest') or holds one
    ('held a counter-rally nearby')."""
    if mention.type.plover != "PROTEST":
        return False
    end = mention.trigger.end - mention.evidence.start
    return bool(_COUNTER.search(mention.trigger.text) or _COUNTER_AFTER.match(mention.evidence.text, end))


def _is_anaphor(mention: EventMention) -> bool:
    """Whether the trigger is a definite back-reference ("the shooting", "the attack")."""
    before = mention.evidence.text[: mention.trigger.start - mention.evidence.start].lower().split()
    # "the shooting", "the peaceful demonstrations", "this week's attack"
    return any(word in _DEFINITE for word in before[-3:])


def _riotous(t: EventType) -> bool:
    """Whether a type reads as rioting, street clashes or a protest broken up by force, the link between
    PROTEST and ASSAULT ('police baton-charged the marchers' ... '25 people were injured')."""
    forced = t.acled_sub_event_type in _FORCED_PROTESTS
    return forced or t.mode == "riot" or t.acled_event_type == "Riots" or t.mode in ("beat", "primitive")


def _type_points(a: EventType, b: EventType, riot_context: bool = False) -> float:
    """Same type and mode score high; PROTEST and ASSAULT meet only in rioting, a crowd's arrest or dispersal
    typed as the protest it broke up standing for that protest; others never."""
    if a.plover == b.plover:
        if a.mode in _ANY_MODE or b.mode in _ANY_MODE or {a.mode, b.mode} <= FIRED_MODES:
            return 1.0
        if _fought_with_fire(a, b) or _fought_with_fire(b, a):
            return 1.0
        if a.mode == b.mode:
            return 2.0
        # a demonstration turning into a riot is one event; a resignation and a release are two
        return 1.0 if a.plover == "PROTEST" else INCOMPATIBLE
    street_a, street_b = _as_street(a), _as_street(b)
    if {street_a, street_b} == UNREST and (riot_context or _riotous(a) or _riotous(b)):
        return 0.0
    # 'police dispersed the protesters, detaining 40' ... 'protesters threw fireworks': one street event
    return 0.0 if street_a == street_b == "PROTEST" else INCOMPATIBLE


def _fought_with_fire(battle: EventType, fire: EventType) -> bool:
    """Whether a battle read by its type alone (an armed clash, whose mode is a guess) may be the rocket or
    shell fire told apart: 'fired rockets at army posts' ... 'two soldiers were wounded'."""
    return guessed_battle(battle) and fire.mode in FIRED_MODES


def _as_street(t: EventType) -> str:
    """The type's PLOVER type, a crowd's arrest or dispersal typed as the protest it broke up read as that
    protest."""
    return "PROTEST" if _crowd_coded(t) else t.plover


def _crowd_coded(t: EventType) -> bool:
    """An arrest or dispersal typed as the protest it broke up ('Protest with intervention'): ACLED codes the
    protest by it. A seizure or a fire a crowd's riot is typed by stays an act of its own (PLOVER COERCE:
    'protesters stormed the parliament building')."""
    return t.plover not in UNREST and t.acled_sub_event_type in _FORCED_PROTESTS


def _covers(coarse: EventDate, day: EventDate) -> bool:
    """Whether a week-, month- or year-precise date is consistent with a more precise one."""
    assert coarse.value is not None and day.value is not None
    if coarse.precision == "week":
        return abs((coarse.value - day.value).days) <= 6
    if coarse.precision == "month":
        return (coarse.value.year, coarse.value.month) == (day.value.year, day.value.month)
    return coarse.value.year == day.value.year


def _date_points(a: EventDate, b: EventDate) -> float:
    """Same day 2, adjacent days 1 (a night spans two), undated 0, consistent coarser date 0.5."""
    if a.value is None or b.value is None:
        return 0.0
    rank_a, rank_b = DATE_RANK.get(a.precision or "day", 3), DATE_RANK.get(b.precision or "day", 3)
    if rank_a == rank_b == 3:
        gap = abs((a.value - b.value).days)
        return 2.0 if gap == 0 else 1.0 if gap == 1 else INCOMPATIBLE
    coarse, fine = (a, b) if rank_a <= rank_b else (b, a)
    return 0.5 if _covers(coarse, fine) else INCOMPATIBLE


def _days_apart(a: Profile, b: Profile) -> bool:
    """Two reports on two days that are two events: blasts, street unrest or an article's two stories."""
    return _blasts_apart(a, b) or streets_apart(a, b) or stories_apart(a, b)


def _blasts_apart(a: Profile, b: Profile) -> bool:
    """Two blasts, strikes or shellings on two days: two events, though a night's clashes may span two days
    (pagers that exploded on Tuesday, walkie-talkies 'a day later')."""
    one_sided = a.type.acled_event_type == b.type.acled_event_type == ONE_SIDED
    return one_sided and on_two_days(a.date, b.date)


def _fold(name: str) -> str:
    """A place name lower-cased without accents, for comparing spellings."""
    return strip_accents(name).lower().strip()


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km, or infinity when a coordinate is missing."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _where(place: Place) -> _Where:
    """A place with its folded keys."""
    return _Where(place, PLACE_RANK[place.precision], _fold(place.name), region_key(place))


def region_key(place: Place) -> str:
    """A place's first-level region folded for comparing ('' where unknown): a region's own is its name."""
    own = place.name if place.precision == "admin1" else ""
    return _fold(place.admin1 or own)


def type_family(event_type: EventType) -> frozenset[str]:
    """The PLOVER types reports of one event may carry: a riot and its clashes (PROTEST and ASSAULT) are
    one family, with the arrests or dispersal typed as the protest they broke up (`_crowd_coded`, COERCE);
    any other type is its own."""
    if event_type.plover in UNREST:
        return UNREST | {"COERCE"}
    if _crowd_coded(event_type):
        return UNREST | {event_type.plover}
    return frozenset({event_type.plover})


def street_family(event_type: EventType) -> bool:
    """Whether a report is of street unrest: a protest, a riot's clashes, or an arrest or dispersal typed as
    the protest it broke up (`_crowd_coded`)."""
    return event_type.plover in UNREST or _crowd_coded(event_type)


def _local_points(fine: _Where, coarse: _Where) -> float:
    """Points for two places below country level, `fine` at least as precise as `coarse`."""
    same_name = fine.name == coarse.name
    if coarse.rank >= 2:  # two towns: the same one, or two events
        return 2.0 if same_name or _km(fine.place, coarse.place) <= NEAR_KM else INCOMPATIBLE
    # two counties of one name in two states are two places ('Polk County', Iowa and Missouri)
    if (same_name and not _other_regions(fine, coarse)) or fine.region == coarse.name or _holds(coarse, fine):
        return 1.5 if fine.rank == 1 else 1.0
    return 0.0 if not fine.region else INCOMPATIBLE


def _other_regions(a: _Where, b: _Where) -> bool:
    """Whether two places of one name lie in two known regions, where each is below the region level (a
    region's own region is its name)."""
    return bool(a.region and b.region) and a.region != b.region and a.name not in (a.region, b.region)


def _holds(county: _Where, town: _Where) -> bool:
    """Whether a county or district holds the town: 'GASTON COUNTY, N.C. - ... shot at a home in Bessemer
    City' tells one place twice, the second time finer. A town of the county's region near its centre."""
    return (
        county.rank == 1
        and town.rank >= 2
        and county.name != county.region
        and town.region == county.region
        and _km(town.place, county.place) <= COUNTY_KM
    )


def _place_points(a: _Where | None, b: _Where | None) -> float:
    """Same town 2, same region 1.5, town in region 1, place in country 0.5, unknown 0; else incompatible."""
    if a is None or b is None:
        return 0.0
    if a.place.country != b.place.country:
        return INCOMPATIBLE
    if a.rank == 0 or b.rank == 0:
        return 0.5
    fine, coarse = (a, b) if a.rank >= b.rank else (b, a)
    return _local_points(fine, coarse)


def _names_overlap(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Whether a name on one side is the other's or part of it (Boronov / Kubatbek Boronov)."""
    return any(_named_in(x, b) for x in a)


def _named_in(name: frozenset[str], names: frozenset[frozenset[str]]) -> bool:
    """Whether one of the names is this name or part of it, or holds it whole."""
    return any(name <= other or other <= name for other in names)


def _actor_points(a: Profile, b: Profile, within: bool) -> float:
    """Shared names 2, shared sectors 1, one side unknown 0, two known and different sides negative.

    Two articles (not `within` one) share a side only by the actors they write: every shooting implies
    an unidentified gunman, and two shootings of one day in one country are not one event for that."""
    names_a, names_b = (a.names, b.names) if within else (a.told_names, b.told_names)
    sectors_a, sectors_b = (a.sectors, b.sectors) if within else (a.told_sectors, b.told_sectors)
    if _names_overlap(names_a, names_b):
        return 2.0
    if _sectors_overlap(sectors_a, sectors_b):
        return 1.0
    if (names_a or sectors_a) and (names_b or sectors_b):
        # crowds go by many names (supporters, protesters, a crowd); a commission and a court do not
        street = street_family(a.type) and street_family(b.type)
        one_sided = ONE_SIDED in {a.type.acled_event_type, b.type.acled_event_type}
        return -1.0 if street and not one_sided else -3.0
    return 0.0


def _sides(actors: Sequence[Actor], targets: Sequence[Actor]) -> frozenset[tuple[str, str, str | None]]:
    """The (role, sector, country) of the actors and targets that have a sector."""
    acting = {("actor", a.sector, a.country) for a in actors if a.sector}
    acted_on = {("target", a.sector, a.country) for a in targets if a.sector}
    return frozenset(acting | acted_on)


def _sectors_overlap(
    a: frozenset[tuple[str, str, str | None]], b: frozenset[tuple[str, str, str | None]]
) -> bool:
    """Whether the two sides share a sector of one country (or of a country one side leaves unknown) in one
    role: the Russian government's spokesman and the Kyrgyz presidency a party criticised are two sides,
    not one, and a government that acted is not the government man a court acted on."""
    return any(
        ra == rb and sa == sb and (ca == cb or ca is None or cb is None)
        for ra, sa, ca in a
        for rb, sb, cb in b
    )


def _generic_points(a: Profile, b: Profile, day: float, place: float) -> float:
    """A generic 'unrest' mention joins the specific protest or riot of the same place and day."""
    if not (a.generic or b.generic) or day < 1.0:
        return 0.0
    other = b if a.generic else a
    return 2.0 if other.type.plover == "PROTEST" or _riotous(other.type) else 0.0


def street_force(profile: Profile) -> bool:
    """Whether a report tells street unrest met with force or turned violent: its words (clashes, riots) or
    its type (a riot, a protest broken up by force)."""
    return profile.riot_context or _riotous(profile.type)


def profile_score(a: Profile, b: Profile, riot: bool = False) -> float:
    """The similarity of two profiles; INCOMPATIBLE on any hard contradiction. `riot`: the two are compared
    within a telling of street unrest met with force, where a protest and a harm may be one event."""
    riot = riot or a.riot_context or b.riot_context
    parts = (
        _type_points(a.type, b.type, riot),
        _date_points(a.date, b.date) if not _days_apart(a, b) else INCOMPATIBLE,
        _place_points(a.place, b.place),
    )
    within = bool(a.articles & b.articles)
    if INCOMPATIBLE in parts or not _same_era(a, b, within, parts[1]) or a.counter != b.counter:
        return INCOMPATIBLE
    if told_apart(a.apart, b.sentences) or told_apart(b.apart, a.sentences):
        return INCOMPATIBLE  # 'Hours later, a second shooting ...': not the one told before it
    shared = 2.0 if a.sentences & b.sentences else 0.0  # two triggers of one sentence
    actors, anaphor = _actor_points(a, b, within), _anaphor_points(a, b)
    if not shared and _one_article(a, b) and not _linked_in_article(a, b, actors, anaphor):
        return INCOMPATIBLE
    score = sum(parts) + actors + shared + _generic_points(a, b, parts[1], parts[2]) + anaphor
    if within:
        return score
    if not _anchored(a, b, parts[1], parts[2]):
        return min(score, UNANCHORED)
    return score + (TOLL_POINTS if _same_toll(a.toll, b.toll) else 0.0)


def _same_toll(a: Casualties, b: Casualties) -> bool:
    """Whether two reports give the same killed and injured (an unknown count as none), someone among them."""
    return a.counts == b.counts and a.total > 0


def _anchored(a: Profile, b: Profile, day_points: float, place_points: float) -> bool:
    """Whether two reports from different articles agree on enough to be one event: its day (or one leaves
    it out and came out fresh after the other's) and its town or region, or one of them and a full proper
    name both write. Two shootings of one day in one country are not one for that alone."""
    on_day, in_place = day_points >= 1.0 or _fresh(a, b) or _fresh(b, a), place_points >= 1.0
    if (on_day and in_place) or a.generic or b.generic:
        return True
    return len(_shared_proper(a, b)) >= (1 if on_day or in_place else 2)


def _fresh(undated: Profile, dated: Profile) -> bool:
    """Whether a report that dates nothing came out on the other's day or within FRESH_DAYS after it."""
    day = dated.date.value
    if undated.date.value is not None or day is None or (dated.date.precision or "day") != "day":
        return False
    return any(0 <= (p - day).days <= FRESH_DAYS for p in undated.published)


def _shared_proper(a: Profile, b: Profile) -> set[frozenset[str]]:
    """The full proper names (two or more capitalised words: 'Maria Lopez', 'Oak Ridge Police Department')
    one report writes and the other names too, in full or in part ('Lopez')."""
    ours = {x for x in a.proper if _named_in(x, b.told_names)}
    return ours | {y for y in b.proper if _named_in(y, a.told_names)}


def _same_era(a: Profile, b: Profile, within: bool, day_points: float) -> bool:
    """Whether both are news or both background. Across articles that is each article's view from its
    own day: a shooting one report tells as news, a later one recalls (an arrest weeks after), and both
    dating it to one day is what says it is one event."""
    return a.historical == b.historical or (not within and day_points >= 1.0)


def _one_article(a: Profile, b: Profile) -> bool:
    """Whether both sides come from one and the same single article."""
    return len(a.articles) == 1 and a.articles == b.articles


def _linked_in_article(a: Profile, b: Profile, actors: float, anaphor: float) -> bool:
    """Two sentences of one article tell one event only when something ties them.

    An article that reports two statements, rulings or seizures on one day in one city usually
    reports two events; across articles the same type, day and place is what makes one event.
    Street unrest is the exception: its sentences rarely repeat who took part.
    """
    if street_family(a.type) and street_family(b.type):
        return True
    return actors > 0 or anaphor > 0 or a.generic or b.generic


def _anaphor_points(a: Profile, b: Profile) -> float:
    """ "The shooting" later in an article refers back to the shooting that article reported."""
    linked = (a.anaphor_in in b.articles) or (b.anaphor_in in a.articles)
    return 2.0 if linked and a.type.plover == b.type.plover else 0.0


def similarity(a: Mergeable, b: Mergeable) -> float:
    """How strongly two mentions or events look like one real event; >= MERGE_THRESHOLD means merge."""
    return profile_score(profile_of(a), profile_of(b))


def same_event(a: Mergeable, b: Mergeable) -> bool:
    """Whether two mentions or events report the same real-world event."""
    return similarity(a, b) >= MERGE_THRESHOLD
