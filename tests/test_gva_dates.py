"""Dates of shootings in local news: the article's own incident day over an older one of the same kind."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have arrested a man in connection with a shooting at the Elm Street hall.\n\n"
            "He was arrested on Monday.\n\n"
            "More than twenty shots were fired on Aug. 30, and three people were wounded.\n\n"
            "He had pleaded guilty in 2015 to a charge over a shooting that happened on May 4, 2014.",
            "2020-08-30",
        ),
        (
            "Police have arrested a man in connection with a shooting at the Elm Street hall.\n\n"
            "Twenty shots were fired on Aug. 29 and two teenagers were wounded.\n\n"
            "It was the second shooting at the hall. In 2012, a man was killed in a shooting there.",
            "2020-08-29",
        ),
        # where the article dates nothing else, the older day is still the one it gives
        (
            "A man was sentenced to 20 years in prison for a shooting.\n\n"
            "The shooting happened on May 4, 2014, outside a bar.",
            "2014-05-04",
        ),
    ],
)
def test_an_older_shooting_of_the_same_kind_does_not_date_the_articles_own(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shooting", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Police said they were investigating a shooting that killed a man Sunday night near the park.\n\n"
            "The department said in a statement early Monday that officers had found a stolen car nearby.",
            "investigating",
            "2020-10-04",
        ),
        (
            "Detectives are looking into a crash on Friday.\n\n"
            "Deputies are investigating a shooting that wounded a woman on Saturday afternoon.",
            "investigating",
            "2020-10-03",
        ),
    ],
)
def test_an_investigation_takes_the_day_its_own_sentence_gives_the_incident_it_is_about(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ACCUSE")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "ELMTON — A man accused of killing his wife and wounding her sister pleaded not guilty at the"
            " county courthouse Monday.\n\nPolice said the shooting happened on Sept. 14 outside.",
            "killing",
            "2020-09-14",
        ),
        (
            "A teen accused of wounding three people was denied bond during a court appearance on Monday.\n\n"
            "The shots were fired Saturday night near a park.",
            "wounding",
            "2020-10-03",
        ),
        (
            "The woman accused of killing her neighbor was ordered Monday to stand trial.\n\n"
            "Police say she shot him on Aug. 30 in his driveway.",
            "killing",
            "2020-08-30",
        ),
    ],
)
def test_a_court_days_act_does_not_date_the_shooting_its_accused_is_charged_with(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A man who shot his infant son last week has died.\n\n"
            "His wife called 911 shortly before midnight on Thursday and said her husband shot the baby.\n\n"
            "Elsewhere in the county, Saturday's crash on the interstate injured two drivers.",
            "shot",
            "2020-10-01",
        ),
        (
            "A woman was killed in a shooting at a home on Elm Street.\n\n"
            "The county said Monday that dispatchers received a 911 call at 3:15 a.m. Saturday.",
            "shooting",
            "2020-10-03",
        ),
    ],
)
def test_a_call_to_911_dates_the_incident_it_reports(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On Friday, the club announced the lineup of its summer festival.\n\n"
            "The party itself went off without a hitch.\n\n"
            "But early Sunday, shots rang out in the parking lot.\n\n"
            "No arrests have been made in the shooting.",
            "shooting",
            "2020-10-04",
        ),
        (
            "On Friday, the city council voted on its new budget.\n\n"
            "Police said the shootout with officers started on Saturday night near the river.\n\n"
            "Detectives are still looking for a second suspect in the shooting.",
            "shooting",
            "2020-10-03",
        ),
        (
            "On Friday, the mayor opened the new library.\n\n"
            "A young father was slain on Sunday night outside his home.\n\n"
            "Police have not named a suspect in the shooting.",
            "shooting",
            "2020-10-04",
        ),
    ],
)
def test_shots_a_shootout_and_the_slain_date_the_incident(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A man was charged Monday with killing his neighbor and her son.\n\n"
            "He was arrested Saturday, a day after the two were found shot dead in their home.",
            "killing",
            "2020-10-02",
        ),
        (
            "A woman was indicted Monday in the slaying of her husband.\n\n"
            "She was arrested on Sunday, two days after he was shot in their kitchen.",
            "slaying",
            "2020-10-02",
        ),
    ],
)
def test_an_arrest_counted_from_the_harm_dates_the_harm_back(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A couple and their son were found dead in their home on Sunday in a murder-suicide.\n\n"
            "Neighbors said the family kept to themselves.\n\n"
            "Police said the man shot his wife and son before turning the gun on himself.\n\n"
            "In an unrelated case, a man was shot on Sept. 12 outside a bar downtown.",
            "shot",
            "2020-10-04",
        ),
        (
            "Two brothers were found dead Saturday morning at a farm outside town.\n\n"
            "Deputies believe one shot the other during an argument.\n\n"
            "Last month, a hunter was wounded on Sept. 20 near the same farm.",
            "shot",
            "2020-10-03",
        ),
    ],
)
def test_victims_found_dead_date_the_killing_as_victims_found_shot_do(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "A benefit dinner for the wounded boy will be held Thursday at the church hall.\n\n"
        "The boy was shot in the leg while playing in his yard.",
        "Services for the teen are scheduled for Saturday at the chapel.\n\n"
        "He was shot while walking home from school, police said.",
    ],
)
def test_a_day_still_to_come_lends_no_date_to_the_shooting(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value is None, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
            "His name had not been released as of 6 p.m. Monday, police said.",
            "2020-10-05",
        ),
        (
            "A woman was shot outside a corner store on Main Street.\n\n"
            "Police arrested a man on Sunday and charged him with assault.",
            "2020-10-04",
        ),
        # a later act's day is the last resort: a day the article gives the incident itself comes first
        (
            "A woman was shot outside a corner store on Main Street.\n\n"
            "Police arrested a man on Sunday.\n\n"
            "Officers said the shooting happened on Friday night.",
            "2020-10-02",
        ),
    ],
)
def test_an_incident_dated_no_other_way_takes_the_day_of_a_later_act_told_of_it(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
        "His name has not been released.",
        # a later act a year back is another story's
        "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
        "His father was arrested on Sept. 4, 2019, in an unrelated case.",
    ],
)
def test_an_incident_with_no_recent_later_act_stays_undated(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value is None, result.reason
