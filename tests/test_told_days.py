"""Specs for an attack named in passing by a later act's sentence: it takes the day the article writes out
for the attack of its toll, not the day it borrowed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention
from spacy.language import Language

from kronika.model import Casualties, EventDate, EventMention, EventType
from kronika.reconcile.told_days import attacks_take_told_days

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
ARREST = EventType("COERCE", "arrest", "Protests", "Arrests")
ROBBERY = EventType("COERCE", "seize", "Violence against civilians", "Attack")
PUBLISHED = date(2021, 3, 20)  # a Saturday

ONE_HURT = Casualties(None, 1)
ONE_DEAD = Casualties(1, None)

BORROWED = EventDate(date(2021, 3, 17), "day", "'Wednesday' relative to publication, in the article's lead")
WRITTEN = EventDate(date(2021, 2, 2), "day", "'Feb. 2' stated in the text")


mention = made_up_mention


LEAD = mention(
    SHOOTING,
    ONE_HURT,
    "A father whose son was shot in the arm at their home was sentenced to a year in jail.",
    BORROWED,
)


def told(sentence: str, when: EventDate = WRITTEN, toll: Casualties = ONE_HURT) -> EventMention:
    """A later sentence of the article telling an attack with its own date."""
    return mention(SHOOTING, toll, sentence, when, at=300)


@pytest.mark.parametrize(
    ("others", "day"),
    [
        pytest.param(
            [told("The boy was shot in the arm on Feb. 2 while his father slept.")],
            date(2021, 2, 2),
            id="the day written out for the same toll replaces the borrowed one",
        ),
        pytest.param(
            [told("The boy was shot in the arm Feb. 2, 2021, at the house.")],
            date(2021, 2, 2),
            id="a day written with its year is written out too",
        ),
        pytest.param(
            [told("A woman was shot dead on Feb. 2 across town.", toll=ONE_DEAD)],
            date(2021, 3, 17),
            id="another toll is another attack: the borrowed day stays",
        ),
        pytest.param(
            [
                told(
                    "The boy was shot in the arm on March 19.",
                    EventDate(date(2021, 3, 19), "day", "'March 19' stated in the text"),
                )
            ],
            date(2021, 3, 17),
            id="a day written out after the borrowed one is no earlier attack's",
        ),
        pytest.param(
            [
                told("The boy was shot in the arm on Feb. 2 while his father slept."),
                told(
                    "Another boy was shot in the arm on Friday.",
                    EventDate(date(2021, 3, 19), "day", "'Friday' relative to publication"),
                ),
            ],
            date(2021, 3, 17),
            id="sentences giving the toll two days of their own leave it",
        ),
        pytest.param(
            [
                mention(
                    ROBBERY,
                    ONE_HURT,
                    "Police say the suspect robbed a grocer at knife point on Feb. 2.",
                    WRITTEN,
                    300,
                )
            ],
            date(2021, 3, 17),
            id="a day written out for an act of another kind (his earlier robbery) is no day of the shooting",
        ),
        pytest.param(
            [
                told(
                    "The boy was shot in the arm on Tuesday.",
                    EventDate(date(2021, 3, 16), "day", "'Tuesday' relative to publication"),
                )
            ],
            date(2021, 3, 17),
            id="a weekday is not a day written out",
        ),
    ],
)
def test_borrowed_attack_day(others: list[EventMention], day: date) -> None:
    """The lead's shooting, told with no day of its own, ends on `day` beside the article's `others`."""
    result = attacks_take_told_days([LEAD, *others], PUBLISHED)
    assert result[0].date.value == day


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            mention(
                SHOOTING,
                ONE_HURT,
                "A boy was shot in the arm on Wednesday at his home.",
                EventDate(date(2021, 3, 17), "day", "'Wednesday' relative to publication"),
            ),
            id="an attack its own sentence dates keeps its day",
        ),
        pytest.param(
            mention(ARREST, ONE_HURT, "Police arrested a man in the shooting of a boy.", BORROWED),
            id="an arrest is dated by its own day, not the attack's",
        ),
    ],
)
def test_kept_day(lead: EventMention) -> None:
    """A mention that is no borrowed attack keeps its day, whatever the article writes out."""
    result = attacks_take_told_days([lead, told("The boy was shot in the arm on Feb. 2.")], PUBLISHED)
    assert result[0].date == lead.date


def test_redated_attack_shows_why_and_age() -> None:
    """The moved day says where it came from, and is as old news as the sentence that wrote it."""
    old = replace(told("The boy was shot in the arm on Feb. 2."), historical=True)
    result = attacks_take_told_days([LEAD, old], PUBLISHED)
    assert result[0].historical
    assert "'Feb. 2'" in result[0].date.reason and "'Wednesday'" in result[0].date.reason


def test_attack_day_of_its_own_stays() -> None:
    """A day another attack's own sentence gives is an attack's day: a story on Wednesday's killing that
    recalls an older shooting with the lead's miscounted toll leaves the lead on Wednesday."""
    wednesday = mention(
        SHOOTING,
        ONE_DEAD,
        "A girl was shot dead on Wednesday in her bedroom.",
        EventDate(date(2021, 3, 17), "day", "'Wednesday' relative to publication"),
        at=150,
    )
    result = attacks_take_told_days([LEAD, wednesday, told("A boy was shot on Feb. 2.")], PUBLISHED)
    assert result[0].date == BORROWED


def test_day_counted_in_weeks_is_the_attacks_own() -> None:
    """'was shot two weeks ago' gives its attack the day counted back, as resolve_date reads it: a lead
    borrowing that day keeps it beside an older killing with a like toll written out further down."""
    counted = EventDate(date(2021, 3, 6), "day", "'two weeks ago' relative to publication 2021-03-20")
    lead = mention(SHOOTING, ONE_DEAD, "A drive-by shooting took the life of a small boy in Renton.", counted)
    weeks = mention(
        SHOOTING, ONE_DEAD, "The boy died after being shot two weeks ago in a car.", counted, at=150
    )
    older = told("A rival was shot dead in Tacoma on Feb. 2.", toll=ONE_DEAD)
    result = attacks_take_told_days([lead, weeks, older], PUBLISHED)
    assert result[0].date == counted


MONDAY = EventDate(date(2021, 3, 15), "day", "'Monday' relative to publication")
LATER = " The neighbour was shot in the arm on Feb. 2 outside his home."


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        pytest.param(
            "A man pleaded guilty Monday to shooting his neighbour in the arm.",
            date(2021, 2, 2),
            id="the day of a plea is the plea's: the attack takes the day written out for it",
        ),
        pytest.param(
            "A man was charged Monday with shooting his neighbour in the arm.",
            date(2021, 2, 2),
            id="the day of a charge is the charge's",
        ),
        pytest.param(
            "Police said Monday that a man had shot his neighbour in the arm.",
            date(2021, 2, 2),
            id="the day of a statement is the statement's",
        ),
        pytest.param(
            "A man was charged in an indictment unsealed Monday with shooting his neighbour in the arm.",
            date(2021, 2, 2),
            id="the day an indictment is unsealed is the court's",
        ),
        pytest.param(
            "A man shot his neighbour in the arm on Monday, police said.",
            date(2021, 3, 15),
            id="a day on the shooting itself is the attack's own and stays",
        ),
    ],
)
def test_aftermath_day_in_attack_sentence(nlp: Language, lead: str, day: date) -> None:
    """Read with the article's parse, a day its sentence gives the attack's arrest, charge, plea or
    statement is no day of the attack's own."""
    doc = nlp(lead + LATER)
    first = mention(SHOOTING, ONE_HURT, lead, MONDAY)
    later = told(LATER.strip(), WRITTEN)
    later = replace(later, evidence=replace(later.evidence, start=len(lead) + 1, end=len(doc.text)))
    result = attacks_take_told_days([first, later], PUBLISHED, doc)
    assert result[0].date.value == day


def test_without_parse_every_day_of_the_sentence_is_the_attacks() -> None:
    """Without the article's parse, no day of the attack's sentence is known to be another act's."""
    lead = "A man pleaded guilty Monday to shooting his neighbour in the arm."
    first = mention(SHOOTING, ONE_HURT, lead, MONDAY)
    result = attacks_take_told_days([first, told(LATER.strip())], PUBLISHED)
    assert result[0].date == MONDAY
