"""Specs: a day hung on the verb a shot is the agent of, on a victim's ride to hospital, or on a quarrel
breaking out dates the incident as its own words would."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

# published Tuesday 2020-10-06
STRUCK = (
    "A toddler has been killed by gunfire from a passing car in Elmwood, officials say.\n\n"
    "The coroner said the toddler died Monday night.\n\n"
    "Detectives say the toddler and two men were {verb} while they waited at a bus stop Sunday evening.\n\n"
    "A teen was wounded when shots were fired at a bus he rode Sept. 20."
)


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # the day of the scene the shots broke into, not an older shooting told at the end
        ("hit by shots fired from a van", "2020-10-04"),
        ("grazed by gunfire", "2020-10-04"),
        # no shot is the agent of their sitting: the death's day is the nearest the story comes
        ("chatting with a neighbour", "2020-10-05"),
    ],
)
def test_a_day_on_the_verb_a_shot_is_the_agent_of_dates_the_harm(
    nlp: Language, verb: str, expected: str
) -> None:
    text = STRUCK.format(verb=verb)
    found = resolve(nlp, text, "killed", sentence_with="has been killed", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("ride", "expected"),
    [
        ("Medics rushed the girl to Lakeside General Hospital Sunday.", "2020-10-04"),
        ("The girl was rushed to a hospital on Sunday evening.", "2020-10-04"),
        # taken elsewhere than to hospital: the ride tells no harm, and the death's day is the nearest
        ("Her uncle was taken into custody Sunday.", "2020-10-05"),
    ],
)
def test_the_ride_to_hospital_dates_the_harm_before_the_death(
    nlp: Language, ride: str, expected: str
) -> None:
    text = (
        "Deputies said a 4-year-old girl in Oakdale has died after she found her uncle's pistol and shot "
        f"herself.\n\n{ride} She died on Monday."
    )
    found = resolve(nlp, text, "shot", sentence_with="Deputies said", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("scene", "expected"),
    [
        (
            "A fight broke out at a lake house on Aug. 2 between the man and his cousin.",
            "2020-08-02",
        ),
        ("On Aug. 2, an argument started between the man and his cousin at a lake house.", "2020-08-02"),
        # a day telling no quarrel breaking out is not the shooting's: the sentencing's day stays
        ("On Aug. 2, the family met at a lake house.", "2020-10-05"),
    ],
)
def test_a_quarrel_breaking_out_dates_the_shooting_it_ends_in(
    nlp: Language, scene: str, expected: str
) -> None:
    text = (
        "A Fresno man whose pistol shot his cousin in the arm during a family quarrel was sentenced Monday "
        "to ten days in jail.\n\n"
        f"He had pleaded guilty Thursday to reckless endangering.\n\n{scene}"
    )
    found = resolve(nlp, text, "shot", sentence_with="was sentenced", plover="ASSAULT")
    assert found.value == date.fromisoformat(expected)
