"""A weekend round-up of a city's shootings: the lead's tally over the weekend dates none of its incidents,
an incident ranked within the weekend ('the last shooting of the weekend') takes its own day, a stretch of
time after 'the shooting of' is no one shot, and people shot 'in separate attacks' are a tally that lends
no incident its count."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.tallies import STATISTIC
from kronika.model import Article, Casualties, Event
from kronika.pipeline import Pipeline

ROUNDUP = (
    "Four people were killed and at least 20 others wounded in shootings across Omaha over the long weekend, "
    "police said.\n\n"
    "The final shooting of the weekend happened shortly before 1 a.m. Monday on Maple Street, where two "
    "women were shot outside a bar.\n\n"
    "One woman was hit in the leg and the other in the shoulder, police said.\n\n"
    "At least 15 other people were shot in separate attacks dating back to Friday afternoon."
)


@pytest.mark.slow
def test_incident_ranked_within_the_weekend_keeps_its_own_day_and_toll(pipeline: Pipeline) -> None:
    """The Monday shooting is dated Monday with its two women hurt, not the lead's Friday nor the tally's
    15."""
    events = pipeline.extract_articles([Article(id="roundup", text=ROUNDUP, published=date(2018, 5, 30))])
    hurt = [e for e in events if (e.casualties.injured or 0) > 0]
    assert [(str(e.date.value), e.casualties.injured) for e in hurt] == [("2018-05-28", 2)]


@pytest.mark.slow
def test_no_record_takes_the_weekend_tally(pipeline: Pipeline) -> None:
    events: list[Event] = pipeline.extract_articles(
        [Article(id="roundup", text=ROUNDUP, published=date(2018, 5, 30))]
    )
    assert all((e.casualties.injured or 0) < 15 for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a stretch of time after 'the shooting of' is no one shot",
            ("The last shooting of the day happened at noon on Elm Street, where three men were shot.",
             Casualties(None, 3)),
            ("The first killing of the year took place on Sunday, when a man was shot dead.",
             Casualties(1, None)),
        ),
        *rule(
            "a person after 'the shooting of' is still counted",
            ("The shooting of two teenagers on Elm Street happened at noon.", Casualties(None, 2)),
        ),
    ],
)  # fmt: skip
def test_span_of_time_is_no_victim(nlp: Language, text: str, expected: Casualties) -> None:
    assert story_toll(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        *rule(
            "people shot in separate attacks, incidents or shootings are a tally",
            ("At least 15 other people were shot in separate attacks.", True),
            ("Six were hurt in three separate incidents.", True),
        ),
        *rule(
            "people shot across a city, a remark set between, are a tally",
            ("At least 12 people were shot, two of them fatally, across Chicago over the weekend.", True),
        ),
        *rule(
            "people shot across the city or in citywide shootings are a tally",
            ("Police are investigating the shootings of nine people across the city Thursday.", True),
            ("A man was killed and five others hurt, including two teens, in citywide shootings.", True),
        ),
        *rule("one attack is no tally", ("Two men were shot in an attack on Maple Street.", False)),
    ],
)
def test_separate_attacks_are_a_tally(text: str, tally: bool) -> None:
    assert (STATISTIC.search(text) is not None) == tally


DAILY = (
    "A 40-year-old man was shot in the foot early Tuesday while waiting at a bus stop in Dayton, police "
    "said.\n\n"
    "Monday evening a 19-year-old man was also wounded by gunfire, police said. He was treated and "
    "released.\n\n"
    "Leon Marsh, 29, of West Dayton, was shot and killed shortly before 11 p.m. Saturday on Pine Street, "
    "police said.\n\n"
    "Carl Dunn, 41, of Dayton, was shot and killed just after 9 p.m. Sunday on Oak Street, police said."
)


@pytest.mark.slow
def test_a_roundup_of_days_keeps_each_incident_apart(pipeline: Pipeline) -> None:
    """Each shooting told on a day of its own is a record of its own with its own toll: the wounded are not
    counted dead for the killings told after them, and the weekend's two killings are two."""
    events = pipeline.extract_articles([Article(id="daily", text=DAILY, published=date(2019, 3, 13))])
    tolls = sorted(
        (str(e.date.value), e.casualties.fatalities or 0, e.casualties.injured or 0)
        for e in events
        if e.type.plover == "ASSAULT"
    )
    assert tolls == [("2019-03-09", 1, 0), ("2019-03-10", 1, 0), ("2019-03-11", 0, 1), ("2019-03-12", 0, 1)]


@pytest.mark.slow
def test_a_shooting_and_its_victims_death_next_day_stay_one(pipeline: Pipeline) -> None:
    text = "A man was shot late Sunday on Elm Street in Dayton, police said. He died Monday at a hospital."
    events = pipeline.extract_articles([Article(id="died", text=text, published=date(2019, 3, 13))])
    tolls = [(e.casualties.fatalities, e.casualties.injured) for e in events if e.type.plover == "ASSAULT"]
    assert tolls == [(1, None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "participles after the object the parse hangs on the verb describe that object",
            ("Police identified two people shot and killed last week in Toledo.", Casualties(2, None)),
            ("Also Tuesday, police identified two men shot and killed over the weekend.",
             Casualties(2, None)),
            ("Police named two men shot and killed on Friday.", Casualties(2, None)),
        ),
    ],
)  # fmt: skip
def test_people_shot_after_the_verb_are_counted(nlp: Language, text: str, expected: Casualties) -> None:
    assert story_toll(nlp, text) == expected


CITY_WEEKEND = (
    "At least 12 people were shot, two of them fatally, across Chicago between Friday evening and Sunday "
    "morning, police said.\n\n"
    "The weekend's first homicide happened about 7:40 p.m. Friday in the 4200 block of West Madison, where "
    "a 31-year-old man was shot in the chest. He was pronounced dead at a hospital.\n\n"
    "About 1:15 a.m. Saturday, a 17-year-old boy was shot in the leg while standing on a corner in "
    "Englewood. He was taken to a hospital in good condition."
)


@pytest.mark.slow
def test_a_city_weekend_roundup_tells_each_shooting_with_its_own_toll(pipeline: Pipeline) -> None:
    """The lead's weekend tally is no one incident's toll; the first homicide is Friday's one dead, and the
    teen shot after 'About 1:15 a.m. Saturday' is hurt, not dead."""
    events = pipeline.extract_articles([Article(id="city", text=CITY_WEEKEND, published=date(2018, 6, 11))])
    tolls = sorted(
        (str(e.date.value), e.casualties.fatalities or 0, e.casualties.injured or 0)
        for e in events
        if e.type.plover == "ASSAULT" and (e.casualties.fatalities or e.casualties.injured)
    )
    assert tolls == [("2018-06-08", 1, 0), ("2018-06-09", 0, 1)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        *rule(
            "a slaying is a killing",
            ("A slaying on Elm Street left the neighbourhood shaken on Sunday.", "slaying"),
            ("The slaying happened about 7:40 p.m. Friday on West Madison.", "slaying"),
        ),
    ],
)
def test_a_slaying_is_a_killing(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = pipeline.extract_articles([Article(id="kill", text=text, published=date(2018, 6, 11))])
    assert any(m.trigger.text == trigger and m.type.mode == "kill" for e in events for m in e.mentions)


WEST_BANK = (
    "Israeli troops shot dead two Palestinians during a raid in Jenin on Tuesday, the health ministry "
    "said.\n\n"
    "Also Tuesday, a settler was stabbed and wounded near Hebron, the army said.\n\n"
    "On Monday, an Israeli air strike killed three militants in Gaza City."
)


@pytest.mark.slow
def test_a_conflict_roundup_keeps_each_incident_with_its_toll_and_place(pipeline: Pipeline) -> None:
    """'Also Tuesday' and a weekday opening an active toll ('On Monday, an air strike killed three') start
    their own incidents; the raid stays in Jenin's governorate, not in Hebron, which heads one of its own."""
    events = pipeline.extract_articles([Article(id="wb", text=WEST_BANK, published=date(2023, 5, 10))])
    told = sorted(
        (str(e.date.value), e.casualties.fatalities or 0, e.casualties.injured or 0, e.location.name)
        for e in events
        if e.location is not None
    )
    assert told == [
        ("2023-05-08", 3, 0, "Gaza"),
        ("2023-05-09", 0, 1, "Hebron"),
        ("2023-05-09", 2, 0, "Jenin"),
    ]


OVERNIGHT = (
    "Three people were wounded in two shootings overnight on the city's East Side, police in Dayton said "
    "Saturday.\n\n"
    "In the first shooting, a 24-year-old man was hit in the arm about 11:30 p.m. Friday near Elm Street. He "
    "was taken to a hospital in stable condition.\n\n"
    "In the second, two women were shot about 2 a.m. Saturday outside a nightclub on Main Street."
)


@pytest.mark.slow
def test_the_second_of_a_roundups_shootings_told_without_its_noun_is_its_own(pipeline: Pipeline) -> None:
    """'In the second, two women were shot' turns to another shooting: the first's man is one hurt."""
    events = pipeline.extract_articles([Article(id="night", text=OVERNIGHT, published=date(2018, 6, 9))])
    hurt = sorted((str(e.date.value), e.casualties.injured) for e in events if e.casualties.injured)
    assert hurt == [("2018-06-08", 1), ("2018-06-09", 2)]
