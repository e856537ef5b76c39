"""Whole reports whose incidents, days and places are told with a trap: a weekday the parse takes for a
subject, a shooting told by 'gunned down', another incident's day or toll set beside the story's, a march
that turned violent, and a bare dateline whose namesakes the article's countries tell apart."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule

from kronika.model import Article, Event
from kronika.pipeline import Pipeline

ROBBERY = (
    "A 51-year-old man who was shot during a robbery attempt Saturday has died, Toledo police said Monday. "
    "Ray Dunn was shot in the chest outside a store on Main Street. He died Sunday at a hospital. "
    "Police said a second man was shot in a separate incident on Monday on Oak Avenue and is expected to "
    "recover."
)
VIGIL = (
    "Relatives of a Fresno man gunned down on New Year's Eve gathered Thursday outside the home where he "
    "died.\n\n"
    "Sam Ortiz, 31, was shot several times as he stood in his front yard shortly before midnight, police "
    "said."
)
PORCH = (
    "A stray bullet struck a 9-year-old girl as she sat on the porch of her home in Milwaukee on Sunday "
    "evening, police said.\n\n"
    "In an unrelated shooting Sunday, a 40-year-old man was killed near Center Street, police said."
)
MARCH = (
    "Thousands of people marched through Budapest on Saturday against a new labour law.\n\n"
    "Some protesters threw stones at police, who responded with tear gas."
)
LA_PAZ = (
    "LA PAZ — Bolivia's president resigned on Sunday after weeks of protests over a disputed election.\n\n"
    "Mexico offered him asylum, its foreign minister said."
)


def records(pipeline: Pipeline, text: str, published: date) -> list[Event]:
    """The merged records of one made-up report."""
    return pipeline.extract_articles([Article(id="report", text=text, published=published)])


def deadliest(events: list[Event]) -> Event:
    """The record with the most people killed and hurt, as a gun-violence archive picks its incident."""
    return max(events, key=lambda e: (e.casualties.fatalities or 0) + (e.casualties.injured or 0))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        *rule(
            "the day a misparsed relative clause gives is the shooting's; the separate incident's day is not",
            (ROBBERY, date(2015, 3, 17), ("2015-03-14", 1, None)),
        ),
    ],
)
def test_story_day_and_toll(
    pipeline: Pipeline, text: str, published: date, expected: tuple[str, int | None, int | None]
) -> None:
    top = deadliest(records(pipeline, text, published))
    assert (str(top.date.value), top.casualties.fatalities, top.casualties.injured) == expected


@pytest.mark.slow
def test_gunned_down_dates_the_shooting(pipeline: Pipeline) -> None:
    """'gunned down on New Year's Eve' dates the shooting and a later sentence's, not the vigil's day."""
    events = records(pipeline, VIGIL, date(2016, 1, 8))
    assert {str(e.date.value) for e in events if e.type.plover == "ASSAULT"} == {"2015-12-31"}


@pytest.mark.slow
def test_unrelated_shooting_is_its_own_record(pipeline: Pipeline) -> None:
    tolls = {
        (e.casualties.fatalities, e.casualties.injured) for e in records(pipeline, PORCH, date(2015, 6, 16))
    }
    assert {(None, 1), (1, None)} <= tolls


@pytest.mark.slow
def test_march_that_turned_violent_is_a_violent_demonstration(pipeline: Pipeline) -> None:
    protests = [e for e in records(pipeline, MARCH, date(2018, 12, 23)) if e.type.plover == "PROTEST"]
    assert [e.type.acled_sub_event_type for e in protests] == ["Violent demonstration"]


@pytest.mark.slow
def test_bare_dateline_read_by_the_countries_written(pipeline: Pipeline) -> None:
    places = {e.location.country for e in records(pipeline, LA_PAZ, date(2019, 11, 11)) if e.location}
    assert "PHL" not in places and "BOL" in places


@pytest.mark.slow
def test_background_by_year_counts_its_own_toll(pipeline: Pipeline) -> None:
    text = (
        "Clashes between two groups in the town of Kessa left three people dead and 20 injured on Sunday, "
        "police said.\n\nSimilar clashes in 2008 left two people dead."
    )
    tolls = {
        e.date.value.year: (e.casualties.fatalities, e.casualties.injured)
        for e in records(pipeline, text, date(2020, 1, 14))
        if e.date.value is not None and e.type.plover == "ASSAULT"
    }
    assert tolls == {2020: (3, 20), 2008: (2, None)}


@pytest.mark.slow
def test_a_day_named_for_another_noun_frames_nothing(pipeline: Pipeline) -> None:
    """The lead's 'last week's election' dates the election, not the declaring on Monday that later
    sentences borrow their day from."""
    text = (
        "KESSA — The electoral commission declared the president the winner of last week's election on "
        "Monday, prompting the opposition to reject the results.\n\n"
        "Hundreds of opposition supporters took to the streets of Kessa after the announcement, burning "
        "tyres and blocking roads."
    )
    protests = [e for e in records(pipeline, text, date(2019, 5, 28)) if e.type.plover == "PROTEST"]
    assert [str(e.date.value) for e in protests] == ["2019-05-27"]


@pytest.mark.slow
def test_property_damage_is_never_read_as_an_abduction(pipeline: Pipeline) -> None:
    """A reading of property damaged keeps to property, whatever metaphor its passage holds ('held
    hostage')."""
    text = (
        "Protesters blocked highways and torched vehicles in Kessa on Wednesday.\n\n"
        'The minister said those who had damaged property would be prosecuted. "The state will not be held '
        'hostage," he said.'
    )
    subs = {e.type.acled_sub_event_type for e in records(pipeline, text, date(2018, 11, 4))}
    assert "Abduction/forced disappearance" not in subs


IDLIB = (
    "BEIRUT (Reuters) — Government forces captured several villages in southern Idlib province on "
    "Thursday, in fighting that killed at least 40 combatants on both sides, a war monitor said.\n\n"
    "In the nearby town of Maarat al-Numan, an air strike on a market killed nine civilians, rescue workers "
    "said."
)


@pytest.mark.slow
def test_a_strike_in_another_town_is_its_own_record(pipeline: Pipeline) -> None:
    """A strike a sentence opens on another town for ('In the nearby town of Maarat al-Numan, an air
    strike ...') keeps its own toll and record."""
    events = records(pipeline, IDLIB, date(2019, 8, 9))
    tolls = sorted((e.casualties.fatalities or 0) for e in events if e.type.plover == "ASSAULT")
    assert tolls == [9, 40]


@pytest.mark.slow
def test_a_dateline_abroad_places_nothing(pipeline: Pipeline) -> None:
    """A wire report filed from another country's capital places its unplaced events in its own story's
    country, not at the newsroom."""
    places = {e.location.country for e in records(pipeline, IDLIB, date(2019, 8, 9)) if e.location}
    assert "LBN" not in places


@pytest.mark.slow
def test_a_weekday_the_lead_wrote_first_is_the_latest(pipeline: Pipeline) -> None:
    """'on Wednesday' in the lead is the latest Wednesday, and so is a later sentence's, though a full date
    told between them (the run's start) fell on a Wednesday eight days before."""
    text = (
        "KESSA — A protester was shot dead by police in Kessa on Wednesday, rights groups said.\n\n"
        "Several people have died since the protests began on April 28.\n\n"
        "Thousands of people marched peacefully through Vella on Wednesday."
    )
    events = records(pipeline, text, date(2021, 5, 6))
    marches = [e for e in events if any("marched" in told.text for told in e.evidence)]
    assert [str(e.date.value) for e in marches] == ["2021-05-05"]


MAOISTS = (
    "RAIPUR: Two Maoists were killed in an encounter with security forces in the forests of Sukma district "
    "on Tuesday morning, police said.\n\n"
    "Separately, suspected Maoists set ablaze three vehicles engaged in road work in neighbouring Bijapur "
    "district on Monday night."
)


@pytest.mark.slow
def test_a_district_far_from_the_newsroom_and_a_story_told_separately(pipeline: Pipeline) -> None:
    """The lead's district far from the dateline's town is the scene; a story opened by 'Separately' keeps
    its own day and district, and rebels burning vehicles destroy property, they do not riot."""
    events = {
        e.type.plover: (
            e.location.name if e.location else None,
            str(e.date.value),
            e.type.acled_sub_event_type,
        )
        for e in records(pipeline, MAOISTS, date(2021, 3, 17))
    }
    assert events["ASSAULT"][0] == "Sukma"
    assert events["COERCE"] == ("Bijapur", "2021-03-15", "Looting/property destruction")
