"""Specs for an attack that borrowed the day of its arraignment, arrest or statement: it takes the later day
the other tellings of its toll give, since what follows an attack cannot come before it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention
from spacy.language import Language

from kronika.model import Casualties, EventDate, EventMention, EventType
from kronika.reconcile.told_days import attacks_leave_aftermath_days

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
PUBLISHED = date(2021, 3, 20)  # a Saturday

ONE_HURT = Casualties(None, 1)
ONE_DEAD = Casualties(1, None)

WEDNESDAY = EventDate(date(2021, 3, 17), "day", "'Wednesday' relative to publication, in the article's lead")
FRIDAY = EventDate(date(2021, 3, 19), "day", "'Friday' relative to publication, in its paragraph")

STORY = (
    "\n\nAt about 2 p.m. Friday, the boy came over to play video games."
    " While her son played with the gun, it went off, striking the boy in the arm."
)
STRUCK = "While her son played with the gun, it went off, striking the boy in the arm."


def told_in(doc_text: str, sentence: str, kind: EventType, toll: Casualties, when: EventDate) -> EventMention:
    """A mention telling `toll` on `when` by `sentence`, at that sentence's offset in the article."""
    return made_up_mention(kind, toll, sentence, when, at=doc_text.index(sentence))


def lead_day(nlp: Language, lead: str, story: str = STORY, *, toll: Casualties = ONE_HURT) -> date | None:
    """The day the lead's shooting, told with the day `WEDNESDAY` it borrowed, ends on beside the story's
    shooting of the boy, dated Friday (of toll `toll`)."""
    text = lead + story
    doc = nlp(text)
    first = told_in(text, lead, SHOOTING, ONE_HURT, WEDNESDAY)
    struck = told_in(text, STRUCK, SHOOTING, toll, FRIDAY)
    return attacks_leave_aftermath_days([first, struck], PUBLISHED, doc)[0].date.value


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        pytest.param(
            "A mother was arraigned Wednesday on charges that she left a gun where her son shot a boy.",
            date(2021, 3, 19),
            id="an arraignment's day before the shooting's is the shooting's no more",
        ),
        pytest.param(
            "Police said Wednesday that a boy was shot by a friend playing with a gun.",
            date(2021, 3, 19),
            id="so is a statement's",
        ),
        pytest.param(
            "A boy was shot Wednesday by a friend playing with a gun.",
            date(2021, 3, 17),
            id="a day the lead gives the shooting itself is its own and stays",
        ),
    ],
)
def test_lead_borrowing_an_aftermath_day(nlp: Language, lead: str, day: date) -> None:
    """The lead's shooting borrowed Wednesday; the story tells it on Friday."""
    assert lead_day(nlp, lead) == day


ARRAIGNED = "A mother was arraigned Wednesday on charges that she left a gun where her son shot a boy."


def test_another_toll_is_another_attack(nlp: Language) -> None:
    """A later shooting with another toll tells some other attack: the borrowed day stays."""
    assert lead_day(nlp, ARRAIGNED, toll=ONE_DEAD) == WEDNESDAY.value


def test_day_given_to_more_than_the_aftermath_stays(nlp: Language) -> None:
    """A day the article also gives something that is no arrest, charge or statement ('classmates gathered
    for a vigil Wednesday') may be the attack's: it is not moved."""
    story = STORY + " Classmates gathered for a vigil Wednesday."
    assert lead_day(nlp, ARRAIGNED, story) == WEDNESDAY.value


def test_later_day_over_a_week_on_is_another_attacks(nlp: Language) -> None:
    """A day told more than a week after the arraignment is no misread weekday: the borrowed day stays."""
    text = ARRAIGNED + STORY
    doc = nlp(text)
    first = told_in(text, ARRAIGNED, SHOOTING, ONE_HURT, WEDNESDAY)
    weeks_on = replace(FRIDAY, value=date(2021, 3, 26))
    struck = told_in(text, STRUCK, SHOOTING, ONE_HURT, weeks_on)
    result = attacks_leave_aftermath_days([first, struck], date(2021, 3, 27), doc)
    assert result[0].date == WEDNESDAY


def test_moved_day_says_why(nlp: Language) -> None:
    """The moved day names the telling it came from and the aftermath's day it left."""
    text = ARRAIGNED + STORY
    doc = nlp(text)
    first = told_in(text, ARRAIGNED, SHOOTING, ONE_HURT, WEDNESDAY)
    struck = told_in(text, STRUCK, SHOOTING, ONE_HURT, FRIDAY)
    reason = attacks_leave_aftermath_days([first, struck], PUBLISHED, doc)[0].date.reason
    assert "'Friday'" in reason and "'Wednesday'" in reason and "followed it" in reason
