"""Specs for merging mentions into events: same event or not, the merged fields, and stable ids."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

from kronika.dedup.build import names_place
from kronika.dedup.merge import merge_events, merge_mentions
from kronika.dedup.scores import MERGE_THRESHOLD, same_event, similarity
from kronika.model import Actor, Casualties, EventDate, EventMention, EventType, Evidence, Place, Span

BISHKEK = Place("Bishkek", "KGZ", "Bishkek", 42.87, 74.59, "city")
FRUNZE = Place("Frunze", "KGZ", "Bishkek", 42.88, 74.60, "city")
OSH = Place("Osh", "KGZ", "Osh", 40.53, 72.80, "city")
TALAS_REGION = Place("Talas", "KGZ", "Talas", 42.5, 72.2, "admin1")
KYRGYZSTAN = Place("Kyrgyzstan", "KGZ", None, 41.0, 75.0, "country")
ALMATY = Place("Almaty", "KAZ", "Almaty", 43.25, 76.95, "city")

PROTESTERS = Actor("protesters", "protesters", "KGZ", "CVL")
POLICE = Actor("police", "police", "KGZ", "COP")
BORONOV = Actor("Kubatbek Boronov", "Kubatbek Boronov", "KGZ", "GOV")
BORONOV_SHORT = Actor("Boronov", "Boronov", None, None)
PARTIES = Actor("opposition parties", "parties", "KGZ", "OPP")
ZHAPAROV = Actor("Sadyr Zhaparov", "Zhaparov", "KGZ", "GOV")
ORGANISER = Actor("Green Steppe Movement", "the Green Steppe Movement", "KGZ", "OPP")
IMPLIED_GUNMEN = Actor("Unidentified armed group", "", "KGZ", "UAF")

PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
RIOT = EventType("PROTEST", "riot", "Riots", "Violent demonstration")
UNREST = EventType("PROTEST")
CLASH = EventType("ASSAULT", "beat", "Riots", "Mob violence")
RESIGN = EventType("RETREAT", "resign")
RELEASE = EventType("RETREAT", "release")
ACCUSE = EventType("ACCUSE")
SHOOTING = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
REMOTE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
SHELLING = EventType("ASSAULT", "shelling", *REMOTE)
ROCKETS_FIRED = EventType("ASSAULT", "aerial", *REMOTE)  # 'fired rockets': the missile's mode
# a fight read by its ACLED sub-type alone: its firearms mode is the sub-type's reading, no weapon told
FIGHT = EventType("ASSAULT", "firearms", "Battles", "Armed clash")
BROKEN_UP = EventType("PROTEST", "demonstrate", "Protests", "Protest with intervention")
CROWD_DETAINED = EventType("COERCE", "arrest", "Protests", "Protest with intervention")
CROWD_SEIZURE = EventType("COERCE", "seize", "Riots", "Violent demonstration")
ARMY = Actor("Military Forces of Kyrgyzstan", "the army", "KGZ", "MIL")
REBELS = Actor("Rebels", "rebels", "KGZ", "REB")

MON = EventDate(date(2020, 10, 5), "day", "'Monday' before publication")
TUE = EventDate(date(2020, 10, 6), "day", "'Tuesday' is the publication day")
TUE_FROM_LEAD = EventDate(
    date(2020, 10, 6), "day", "'Tuesday' is the publication day, in the article's lead sentence"
)
THU = EventDate(date(2020, 10, 8), "day", "'Thursday' after publication")
OCTOBER = EventDate(date(2020, 10, 1), "month", "'October'")
UNDATED = EventDate(None, None, "unknown: no time expression")
NO_TOLL = Casualties()


def mention(
    article: str = "a1",
    start: int = 0,
    kind: EventType = PROTEST,
    when: EventDate = MON,
    where: Place | None = BISHKEK,
    actors: tuple[Actor, ...] = (PROTESTERS,),
    targets: tuple[Actor, ...] = (),
    toll: Casualties = NO_TOLL,
    historical: bool = False,
    confidence: float = 0.6,
    trigger: str = "rallied",
    published: date | None = None,
) -> EventMention:
    """A hand-made mention; its evidence is a sentence of our own at `start`."""
    text = f"Sentence {start} of {article} where someone {trigger}."
    return EventMention(
        article_id=article,
        type=kind,
        date=when,
        location=where,
        actors=actors,
        targets=targets,
        casualties=toll,
        evidence=Evidence(article, text, start, start + len(text)),
        trigger=Span(start + 10, start + 10 + len(trigger), trigger),
        historical=historical,
        confidence=confidence,
        published=published,
    )


SAME = [
    ("same protest in two articles", mention("a1"), mention("b2", 40)),
    ("a city under another spelling", mention("a1", where=BISHKEK), mention("b2", where=FRUNZE)),
    ("a night spanning two days", mention("a1", when=MON), mention("b2", when=TUE)),
    (
        "one report undated, both naming who held it",
        mention("a1", when=UNDATED, actors=(ORGANISER,)),
        mention("b2", when=MON, actors=(ORGANISER,)),
    ),
    ("a month that holds the day", mention("a1", when=OCTOBER, kind=RIOT), mention("a1", 300, kind=RIOT)),
    (
        "a later day another sentence lends a protest told later (its own sentence names none)",
        mention("a1", when=MON, trigger="rallied"),
        mention("a1", 300, kind=RIOT, when=TUE_FROM_LEAD, trigger="seized the parliament"),
    ),
    (
        "a lead telling the unrest on its latest day, then the night before",
        mention("a1", kind=RIOT, when=TUE, trigger="unrest"),
        mention("a1", 300, when=MON, trigger="poured onto the streets"),
    ),
    (
        "an undated report out the day after the other's day",
        mention("a1", when=UNDATED, published=TUE.value),
        mention("b2", when=MON),
    ),
    (
        "an undated headline out the next day with the same toll, its town the other's",
        mention(
            "a1",
            kind=EventType("ASSAULT"),
            when=UNDATED,
            actors=(),
            toll=Casualties(1, 2),
            published=TUE.value,
        ),
        mention("b2", kind=SHOOTING, actors=(), toll=Casualties(1, 2)),
    ),
    (
        "a later article recalling the day's protest as background",
        mention("a1", historical=True),
        mention("b2"),
    ),
    (
        "only the country known",
        mention("a1", where=KYRGYZSTAN, kind=RESIGN, actors=(BORONOV,)),
        mention("b2", kind=RESIGN, actors=(BORONOV_SHORT,)),
    ),
    (
        "a resignation told by surname only",
        mention("a1", kind=RESIGN, when=TUE, actors=(BORONOV,)),
        mention("b2", kind=RESIGN, when=TUE, actors=(BORONOV_SHORT,), where=None),
    ),
    ("a riot and its clashes", mention("a1", kind=RIOT), mention("b2", kind=CLASH, targets=(POLICE,))),
    (
        "generic unrest with the day's protest",
        mention("a1", kind=UNREST, where=KYRGYZSTAN, trigger="unrest"),
        mention("a1", 300, kind=PROTEST),
    ),
    (
        "unrest typed as a riot with the day's protest",
        mention("a1", kind=RIOT, when=TUE, where=KYRGYZSTAN, trigger="Unrest", actors=()),
        mention("b2", 300, kind=PROTEST, when=MON),
    ),
    (
        "a protest police broke up and the hurt its next sentence counts",
        mention("a1", kind=BROKEN_UP, actors=(POLICE, PROTESTERS), trigger="baton-charged"),
        mention("a1", 300, kind=SHOOTING, actors=(POLICE,), toll=Casualties(None, 25), trigger="injured"),
    ),
    (
        "the arrests that broke up a protest and the crowd's own violence that night",
        mention("a1", kind=CROWD_DETAINED, actors=(POLICE, PROTESTERS), trigger="detaining"),
        mention("a1", 300, kind=RIOT, trigger="threw fireworks"),
    ),
    (
        "rockets told as fired missiles and as a shelling, in one sentence",
        mention("a1", kind=ROCKETS_FIRED, actors=(REBELS,), trigger="fired"),
        mention("a1", kind=SHELLING, actors=(REBELS,), trigger="fired"),
    ),
    (
        "rockets fired at army posts and the soldiers they wounded, read as a fight",
        mention("a1", kind=ROCKETS_FIRED, actors=(REBELS,), trigger="fired"),
        mention("a1", 300, kind=FIGHT, actors=(REBELS, ARMY), targets=(ARMY,), trigger="wounded"),
    ),
    (
        "one counter-rally in two articles",
        mention("a1", trigger="counter-rally"),
        mention("b2", 40, trigger="counterprotest"),
    ),
    (
        "a transliterated name",
        mention("a1", kind=RESIGN, actors=(ZHAPAROV,)),
        mention("b2", kind=RESIGN, actors=(Actor("Sadyr Japarov", "Japarov"),)),
    ),
]

DIFFERENT = [
    (
        "the parliament a crowd stormed, typed as its riot, and the riot: a seizure is an act of its own",
        mention("a1", kind=RIOT, trigger="rioted"),
        mention("a1", 300, kind=CROWD_SEIZURE, actors=(PROTESTERS,), trigger="stormed"),
    ),
    (
        "two blasts of one article on two days (pagers on Monday, radios 'a day later')",
        mention("a1", kind=SHELLING, actors=(REBELS,), trigger="exploded"),
        mention("a1", 300, kind=SHELLING, when=TUE, actors=(REBELS,), trigger="exploded"),
    ),
    (
        "one side's shelling and the other side's that answers it, one article",
        mention("a1", kind=SHELLING, actors=(ARMY,), trigger="shelled"),
        mention("a1", 300, kind=SHELLING, actors=(REBELS,), trigger="shelled"),
    ),
    (
        "a counter-rally and the rally it answers, one article",
        mention("a1", trigger="rallied"),
        mention("a1", 300, trigger="counter-rally"),
    ),
    ("two days apart", mention("a1", when=MON), mention("b2", when=THU)),
    (
        "a rally, then a further day's blockade told after it in one article (a protest a day)",
        mention("a1", when=MON, trigger="rallied"),
        mention("a1", 300, kind=RIOT, when=TUE, trigger="blocked the avenue"),
    ),
    ("another city", mention("a1", where=BISHKEK), mention("b2", where=OSH)),
    ("another country", mention("a1", where=BISHKEK), mention("b2", where=ALMATY)),
    ("a city outside the region", mention("a1", where=OSH), mention("b2", where=TALAS_REGION)),
    ("another type", mention("a1", kind=PROTEST), mention("b2", kind=RESIGN)),
    ("historical and current in one article", mention("a1", historical=True), mention("a1", 300)),
    # across articles the day and the town or region must agree, or one of them and a name both write
    ("one report undated, nobody named", mention("a1", when=UNDATED), mention("b2", when=MON)),
    (
        "an undated report out days after the other's day",
        mention("a1", when=UNDATED, published=date(2020, 10, 9)),
        mention("b2", when=MON),
    ),
    (
        "an undated report out before the other's day",
        mention("a1", when=UNDATED, published=date(2020, 10, 4)),
        mention("b2", when=MON),
    ),
    (
        "an undated headline out the next day in the other's town, another toll",
        mention(
            "a1",
            kind=EventType("ASSAULT"),
            when=UNDATED,
            actors=(),
            toll=Casualties(0, 3),
            published=TUE.value,
        ),
        mention("b2", kind=SHOOTING, actors=(), toll=Casualties(1, 2)),
    ),
    (
        "the same toll from an undated report out days later",
        mention(
            "a1",
            kind=EventType("ASSAULT"),
            when=UNDATED,
            actors=(),
            toll=Casualties(1, 2),
            published=THU.value,
        ),
        mention("b2", kind=SHOOTING, actors=(), toll=Casualties(1, 2)),
    ),
    (
        "a month that holds the day, across articles",
        mention("a1", when=OCTOBER, kind=RIOT),
        mention("b2", kind=RIOT),
    ),
    (
        "two shootings the same day in one country, each with the gunmen a shooting implies",
        mention("a1", kind=SHOOTING, where=KYRGYZSTAN, actors=(IMPLIED_GUNMEN,)),
        mention("b2", kind=SHOOTING, where=None, actors=(IMPLIED_GUNMEN,)),
    ),
    (
        "two undated shootings in one city, the victims named only as a kind of people",
        mention("a1", kind=SHOOTING, when=UNDATED, actors=(), targets=(Actor("Victims", "two victims"),)),
        mention("b2", kind=SHOOTING, when=UNDATED, actors=(), targets=(Actor("Victims", "the victim"),)),
    ),
    (
        "a month that misses the day",
        mention("a1", when=replace(OCTOBER, value=date(2020, 9, 1))),
        mention("b2"),
    ),
    (
        "resign and release",
        mention("a1", kind=RESIGN, actors=(BORONOV,)),
        mention("b2", kind=RELEASE, actors=(ZHAPAROV,)),
    ),
    (
        "two accusations by different sides, nothing else known",
        mention("a1", kind=ACCUSE, when=UNDATED, where=None, actors=(BORONOV,)),
        mention("a1", 200, kind=ACCUSE, when=UNDATED, where=None, actors=(PARTIES,)),
    ),
    (
        "two statements the same day by governments of different countries (the same sector)",
        mention("a1", kind=ACCUSE, actors=(Actor("Kremlin", "the Kremlin", "RUS", "GOV"),)),
        mention(
            "a1",
            200,
            kind=ACCUSE,
            actors=(PARTIES,),
            targets=(Actor("presidency", "presidency", "KGZ", "GOV"),),
        ),
    ),
    (
        "a commission and a court conceding the same day in one city",
        mention("a1", kind=EventType("CONCEDE", "policy"), actors=(Actor("election commission", "CEC"),)),
        mention("b2", kind=EventType("CONCEDE", "policy"), actors=(Actor("city court", "a court"),)),
    ),
    (
        "a government commission's ruling and a court's ruling on a government man, one day in one article",
        mention(
            "a1",
            kind=EventType("CONCEDE", "policy"),
            actors=(Actor("election commission", "CEC", "KGZ", "GOV"),),
        ),
        mention(
            "a1",
            200,
            kind=EventType("CONCEDE", "policy"),
            actors=(Actor("court", "a court", "KGZ", "JUD"),),
            targets=(ZHAPAROV,),
        ),
    ),
    (
        "a peaceful protest and unrelated beating",
        mention("a1", kind=PROTEST),
        mention("b2", kind=EventType("ASSAULT", "firearms", "Battles", "Armed clash")),
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_reports_of_one_event_are_the_same_event(case: str, a: EventMention, b: EventMention) -> None:
    assert same_event(a, b), similarity(a, b)
    assert same_event(b, a)
    assert len(merge_mentions([a, b])) == 1


@pytest.mark.parametrize(("case", "a", "b"), DIFFERENT, ids=[c[0] for c in DIFFERENT])
def test_different_events_stay_apart(case: str, a: EventMention, b: EventMention) -> None:
    assert similarity(a, b) < MERGE_THRESHOLD
    assert len(merge_mentions([a, b])) == 2


def test_the_merged_event_lists_both_articles_and_all_evidence() -> None:
    a, b = mention("b2", 50, where=KYRGYZSTAN, actors=(ORGANISER,)), mention("a1", 10, actors=(ORGANISER,))
    (event,) = merge_mentions([a, b])
    assert event.articles == ("a1", "b2")
    assert [(e.article, e.start) for e in event.evidence] == [("a1", 10), ("b2", 50)]
    assert event.location == BISHKEK  # the most precise place
    assert event.date == MON
    assert event.type == PROTEST
    assert event.confidence == pytest.approx(1 - 0.4 * 0.4)


@pytest.mark.parametrize(
    ("tolls", "expected"),
    [
        ([("a1", Casualties(1, 700)), ("a1", Casualties())], Casualties(1, 700)),
        ([("a1", Casualties(None, 500)), ("a1", Casualties(None, 590))], Casualties(None, 590)),
        # across articles the lowest toll, with the hurt as the reports giving it count them: one report's
        # wounded man is often the man a later one tells dead, and would be counted twice
        ([("a1", Casualties(1, 700)), ("b2", Casualties(2, 590))], Casualties(1, 700)),
        ([("a1", Casualties(1, 700)), ("b2", Casualties(1, 590))], Casualties(1, 590)),
        ([("a1", Casualties(1, None)), ("b2", Casualties(None, 1))], Casualties(1, None)),
        ([("a1", Casualties(None, 500)), ("b2", Casualties(None, 590))], Casualties(None, 500)),
        (
            [("a1", Casualties(3, None)), ("a1", Casualties(1, None)), ("b2", Casualties(2, None))],
            Casualties(2, None),
        ),
        ([("a1", Casualties()), ("b2", Casualties())], Casualties()),
        # within an article one mention's toll, the one counting the most people: the dead of one shooting
        # and the hurt of another told in the same article are no single incident's toll
        ([("a1", Casualties(1, None)), ("a1", Casualties(None, 4))], Casualties(None, 4)),
        ([("a1", Casualties(1, 2)), ("a1", Casualties(0, 4))], Casualties(0, 4)),
        ([("a1", Casualties(None, 1)), ("a1", Casualties(1, None))], Casualties(1, None)),
    ],
)
def test_casualties_take_the_fullest_within_an_article_and_the_lowest_across(
    tolls: list[tuple[str, Casualties]], expected: Casualties
) -> None:
    mentions = [mention(article, 100 * i, toll=toll) for i, (article, toll) in enumerate(tolls)]
    (event,) = merge_mentions(mentions)
    assert event.casualties == expected


@pytest.mark.parametrize(
    ("tolls", "expected"),
    [
        # 'The shooting comes a week after one where a girl died and three were hurt', read as a mention
        # dated apart and joined to the event: its toll is the earlier shooting's, not this one's four hurt
        ([(MON, Casualties(None, 4)), (TUE, Casualties(1, 3))], Casualties(None, 4)),
        ([(MON, Casualties(None, 4)), (MON, Casualties(1, 3))], Casualties(1, 3)),
        # where no mention of the event's day counts anyone, the toll dated apart still stands
        ([(MON, Casualties()), (TUE, Casualties(1, 3))], Casualties(1, 3)),
        ([(UNDATED, Casualties(2, None)), (MON, Casualties(None, 1))], Casualties(None, 1)),
    ],
)
def test_within_an_article_the_toll_comes_from_mentions_of_the_events_day(
    tolls: list[tuple[EventDate, Casualties]], expected: Casualties
) -> None:
    # told latest first, as a lead tells unrest on its latest day (a further day told after is apart)
    mentions = [mention("a1", 100 * (9 - i), when=when, toll=toll) for i, (when, toll) in enumerate(tolls)]
    (event,) = merge_mentions(mentions)
    assert event.date == MON
    assert event.casualties == expected


def test_the_event_takes_the_most_specific_type_and_unions_actors() -> None:
    generic = mention("a1", kind=UNREST, where=KYRGYZSTAN, trigger="unrest", confidence=0.9)
    specific = mention(
        "a1", 300, kind=RIOT, actors=(PROTESTERS, Actor("Protesters", "Protesters")), targets=(POLICE,)
    )
    (event,) = merge_mentions([generic, specific])
    assert event.type == RIOT
    assert [a.name for a in event.actors] == ["protesters"]
    assert event.targets == (POLICE,)


def test_rocket_fire_merged_with_a_fight_read_by_its_sub_type_is_typed_as_the_fire() -> None:
    fight = mention("a1", kind=FIGHT, actors=(REBELS, ARMY), trigger="wounded", confidence=0.95)
    fire = mention("a1", 300, kind=ROCKETS_FIRED, actors=(REBELS,), trigger="fired", confidence=0.6)
    (event,) = merge_mentions([fight, fire])
    assert event.type == ROCKETS_FIRED


@pytest.mark.parametrize(
    ("generic_days", "specific_days", "expected"),
    [
        ([TUE, TUE], [MON], MON),  # the protest's own report decides, however many sentences sum it up
        ([TUE], [MON, UNDATED], MON),
        ([TUE], [UNDATED], TUE),  # with no dated report of the protest itself, the summary dates it
    ],
)
def test_sentences_about_the_unrest_as_a_whole_do_not_date_the_protest(
    generic_days: list[EventDate], specific_days: list[EventDate], expected: EventDate
) -> None:
    """'The minister resigned Tuesday after days of unrest' dates the resignation, not the protest."""
    generic = [
        mention("a1", 100 * i, kind=RIOT, when=d, trigger="unrest") for i, d in enumerate(generic_days)
    ]
    specific = [mention("a1", 1000 + 100 * i, kind=RIOT, when=d) for i, d in enumerate(specific_days)]
    (event,) = merge_mentions([*generic, *specific])
    assert event.date == expected


IMPLIED_GROUP = Actor("Unidentified armed group", "", "KGZ", "UAF")
IMPLIED_CROWD = Actor("Crowd", "", "KGZ", "CVL")


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (((IMPLIED_GROUP,), (PROTESTERS,)), ["protesters"]),
        (((PROTESTERS, IMPLIED_CROWD), (POLICE,)), ["protesters", "police"]),
        (((IMPLIED_GROUP,), (IMPLIED_CROWD,)), ["Unidentified armed group", "Crowd"]),
    ],
)
def test_an_implied_actor_stands_only_where_no_report_names_one(
    groups: tuple[tuple[Actor, ...], ...], expected: list[str]
) -> None:
    mentions = [mention("a1", 100 * i, kind=RIOT, actors=group) for i, group in enumerate(groups)]
    (event,) = merge_mentions(mentions)
    assert [a.name for a in event.actors] == expected


def test_an_undated_mention_does_not_chain_two_different_days() -> None:
    monday, thursday = mention("a1", 0, when=MON), mention("a1", 200, when=THU)
    undated = mention("a1", 100, when=UNDATED)
    events = merge_mentions([monday, undated, thursday])
    assert len(events) == 2
    assert sorted(len(e.evidence) for e in events) == [1, 2]


def test_historical_flag_is_kept() -> None:
    (event,) = merge_mentions([mention("a1", historical=True), mention("b2", historical=True)])
    assert event.historical


MANY = [
    mention("a1", 0),
    mention("b2", 40, when=TUE),
    mention("a1", 100, kind=RESIGN, actors=(BORONOV,), when=TUE),
    mention("c3", 5, kind=RESIGN, actors=(BORONOV_SHORT,), when=TUE, where=None),
    mention("a1", 200, where=OSH),
    mention("b2", 300, kind=ACCUSE, when=UNDATED, actors=(PARTIES,)),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MANY))))[::97])
def test_ids_and_events_do_not_depend_on_input_order(order: tuple[int, ...]) -> None:
    expected = merge_mentions(MANY)
    shuffled = merge_mentions([MANY[i] for i in order])
    assert shuffled == expected
    assert len(expected) == 4
    assert all(e.id.startswith("ev_") and len(e.id) == 19 for e in expected)


def test_a_later_article_joining_an_event_keeps_its_id() -> None:
    before = {e.type.plover: e.id for e in merge_mentions(MANY[:3])}
    after = merge_mentions([*MANY[:3], mention("z9", 7, kind=RESIGN, actors=(BORONOV,), when=TUE)])
    resign = next(e for e in after if e.type.plover == "RETREAT")
    assert resign.articles == ("a1", "z9")
    assert resign.id == before["RETREAT"]


def test_stored_and_new_events_fold_together_under_the_stored_id() -> None:
    (stored,) = merge_mentions([mention("b2", 10, toll=Casualties(1, 700))])
    (new,) = merge_mentions([mention("a1", 10, toll=Casualties(2, 590))])
    merged = merge_events(stored, new)
    assert merged.id == stored.id
    assert merged.articles == ("a1", "b2")
    assert merged.casualties == Casualties(1, 700)
    assert merge_events(merged, new) == merged
    assert same_event(stored, new)


def test_thousands_of_mentions_merge_quickly() -> None:
    places = [BISHKEK, OSH, ALMATY, TALAS_REGION, None]
    kinds = [PROTEST, RESIGN, ACCUSE, CLASH]
    mentions = [
        mention(
            f"art{i % 400:04d}",
            i,
            kind=kinds[i % 4],
            where=places[i % 5],
            when=EventDate(date(2020, 1, 1 + i % 28), "day", "test"),
            actors=(),
        )
        for i in range(4000)
    ]
    events = merge_mentions(mentions)
    assert 100 < len(events) < 4000


def anaphor(article: str, text: str, trigger: str, start: int = 500) -> EventMention:
    """An undated mention whose trigger sits where it is written in its own sentence."""
    offset = start + text.index(trigger)
    return replace(
        mention(article, start, kind=SHOOTING, when=UNDATED, where=None, actors=()),
        evidence=Evidence(article, text, start, start + len(text)),
        trigger=Span(offset, offset + len(trigger), trigger),
    )


SHOOTING = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "trigger", "article", "merged"),
    [
        ("Detectives said the shooting followed a quarrel.", "shooting", "a1", True),
        ("Detectives said this shooting followed a quarrel.", "shooting", "a1", True),
        ("Detectives said the shooting followed a quarrel.", "shooting", "a2", False),
        ("Detectives said a shooting followed a quarrel.", "shooting", "a1", False),
    ],
)
def test_a_definite_back_reference_joins_its_articles_event(
    text: str, trigger: str, article: str, merged: bool
) -> None:
    first = mention("a1", 0, kind=SHOOTING, where=None, actors=(), trigger="shot")
    events = merge_mentions([first, anaphor(article, text, trigger)])
    assert (len(events) == 1) is merged


# A county and a town in it: the gazetteer gives a county its state as region and its towns' centre.
POLK_COUNTY = Place("Polk County", "USA", "Iowa", 41.69, -93.57, "admin1")
ANKENY = Place("Ankeny", "USA", "Iowa", 41.73, -93.61, "city")
NEWTON = Place("Newton", "USA", "Iowa", 41.70, -93.05, "city")  # 43 km east, in the next county
POLK_COUNTY_MO = Place("Polk County", "USA", "Missouri", 37.62, -93.40, "admin1")
SHOT = EventType("ASSAULT", "firearms")
BOY = Actor("boy", "a boy", "USA", "CVL")


@pytest.mark.parametrize(
    ("county", "town", "same"),
    [
        (POLK_COUNTY, ANKENY, True),  # 'POLK COUNTY, Iowa - ... shot at a home in Ankeny': one place
        (POLK_COUNTY, NEWTON, False),  # a town of the state beyond the county's reach
        (POLK_COUNTY_MO, ANKENY, False),  # a county of that name in another state
    ],
)
def test_a_town_the_county_holds_is_that_countys_place_told_finer(
    county: Place, town: Place, same: bool
) -> None:
    a = mention("a1", kind=SHOT, where=county, actors=(), targets=(BOY,), trigger="shot")
    b = mention("a1", 200, kind=SHOT, where=town, actors=(), targets=(BOY,), trigger="shot")
    assert same_event(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (POLK_COUNTY, POLK_COUNTY, True),
        (POLK_COUNTY, POLK_COUNTY_MO, False),  # one county name in two states: two places
        (POLK_COUNTY, Place("Iowa", "USA", "Iowa", 42.0, -93.5, "admin1"), True),  # a county in its state
    ],
)
def test_two_counties_of_one_name_are_one_place_only_in_one_state(a: Place, b: Place, same: bool) -> None:
    one = mention("a1", kind=SHOT, where=a, actors=(), targets=(BOY,), trigger="shot")
    two = mention("a1", 200, kind=SHOT, where=b, actors=(), targets=(BOY,), trigger="shot")
    assert same_event(one, two) is same


WEST_END = Place("West End", "KGZ", "Bishkek", 42.87, 74.47, "city")  # 10 km west of Bishkek
EAST_END = Place("East End", "KGZ", "Bishkek", 42.87, 74.74, "city")  # 12 km east of it, 22 km from West End


def test_two_articles_records_of_one_event_join_though_two_of_their_sentences_disagree() -> None:
    """One report names the shooting's town and a quarter 10 km west, another a quarter 12 km east: the
    two quarters are 22 km apart, so no sentence of the second report can join the first report's
    cluster, but the reports' records (Bishkek, East End) agree on the day and the place."""
    first = [
        mention("a1", 0, kind=SHOOTING, actors=(), where=BISHKEK),
        mention("a1", 100, kind=SHOOTING, actors=(), where=WEST_END),
    ]
    second = mention("b2", 0, kind=SHOOTING, actors=(), where=EAST_END)
    (event,) = merge_mentions([*first, second])
    assert event.articles == ("a1", "b2")
    assert event.id == merge_mentions(first)[0].id  # the earlier record keeps its id
    assert event.location == BISHKEK


def test_records_of_one_article_are_never_joined_after_clustering() -> None:
    """Two sentences of one article placed 22 km apart tell two events, whatever a third article says."""
    events = merge_mentions(
        [
            mention("a1", 0, kind=SHOOTING, actors=(), where=WEST_END),
            mention("a1", 100, kind=SHOOTING, actors=(), where=EAST_END),
        ]
    )
    assert len(events) == 2


EXCESSIVE = EventType("ASSAULT", "firearms", "Protests", "Excessive force against protesters")


def test_a_harm_counted_after_a_protest_met_with_force_joins_it() -> None:
    """'Police shot dead five as protesters took to the streets' ... '41 people were injured': the count
    belongs to the protest the police broke up by force, though the tally alone reads as an attack."""
    shot = mention("a1", kind=EXCESSIVE, actors=(POLICE,), targets=(PROTESTERS,), trigger="shot dead")
    marched = mention("a1", kind=PROTEST, actors=(PROTESTERS,), trigger="took to the streets")
    counted = mention(
        "a1", 400, kind=SHOOTING, actors=(IMPLIED_GUNMEN,), toll=Casualties(injured=41), trigger="injured"
    )
    (event,) = merge_mentions([shot, marched, counted])
    assert event.casualties.injured == 41


@pytest.mark.parametrize(
    ("written", "where", "named"),
    [
        ("Police fired tear gas at marchers in Bishkek.", BISHKEK, True),
        # a capital written by its title is written all the same
        ("Police fired tear gas at marchers in the capital.", BISHKEK, True),
        ("Police fired tear gas at marchers in the capital.", TALAS_REGION, False),
        ("Police fired tear gas at marchers.", BISHKEK, False),
    ],
)
def test_a_sentence_writes_its_place_by_name_or_a_capitals_title(
    written: str, where: Place, named: bool
) -> None:
    told = replace(mention(where=where), evidence=Evidence("a1", written, 0, len(written)))
    assert names_place(told) is named
