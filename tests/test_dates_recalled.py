"""Sentences recalling an earlier incident for context are background, not the article's own news."""

from __future__ import annotations

from datetime import date

import pytest
from dating import PUBLISHED, article_context, detection_at
from spacy.language import Language

from kronika.dates import is_historical, resolve_date
from kronika.dates.recalled import opens_with_recall
from kronika.model import EventDate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "recalls"),
    [
        ("Earlier this month, a boy shot his cousin in Halden.", True),
        ("Earlier in the week raiders struck two villages.", True),
        ('"Earlier this year a clerk was wounded at the store."', True),
        ("Also last month, three teenagers were shot in separate incidents.", True),
        ("Also earlier this year, a guard was killed at the mall.", True),
        # a follow-up report opens so about its own incident
        ("Last month, a cashier died after she was shot at a gas station.", False),
        ("Last week, a man was arrested in connection with the shooting.", False),
        ("A woman was shot earlier this month outside a bar.", False),
        ("Police said it happened earlier than first thought.", False),
    ],
)
def test_recall_openings(sentence: str, recalls: bool) -> None:
    assert opens_with_recall(sentence) is recalls


@pytest.mark.parametrize(
    ("text", "trigger", "historical"),
    [
        ("Earlier this month, a toddler shot himself in Marlow.", "shot", True),
        ("Also last week, two men were wounded near the depot.", "wounded", True),
        ("Detectives said it was another shooting last month that left one dead.", "shooting", True),
        ("The gang was also behind a separate attack last week near the harbour.", "attack", True),
        ("The suspects were tied to a prior killing last week in the valley.", "killing", True),
        # without a past period, 'another' is a second victim of the same incident
        ("Another woman was shot in the arm, and a friend drove her to a clinic.", "shot", False),
        ("A gunman opened fire at another car on the ramp.", "fire", False),
        ("A teenager was shot last week in the park.", "shot", False),
        ("Gunmen shot a guard outside the bank on Tuesday.", "shot", False),
    ],
)
def test_recalled_incidents_are_historical(nlp: Language, text: str, trigger: str, historical: bool) -> None:
    doc = nlp(text)
    detection = detection_at(doc, trigger)
    event_date = resolve_date(doc, detection, article_context(text), None)
    assert is_historical(event_date, detection, doc, PUBLISHED) is historical


# a story the article turns to on an earlier calendar date than its own incident's is an incident it
# recalls; the current incident is dated Sunday 4 October 2020 (PUBLISHED is Tuesday 6 October)
SUNDAY = EventDate(date(2020, 10, 4), "day", "the current incident's day")


@pytest.mark.parametrize(
    ("text", "trigger", "current", "historical"),
    [
        (
            "Two men were shot outside a diner in Marlow on Sunday. Both are expected to recover. "
            "On Sept. 12, nine were shot at a street party two blocks away.",
            "shot at",
            SUNDAY,
            True,
        ),
        (
            "A clerk was wounded in a robbery on Sunday night. Police have no suspect. "
            "In September, a guard was killed at the same store.",
            "killed",
            SUNDAY,
            True,
        ),
        # the story's own incident, dated as the current one is: no earlier incident
        (
            "A clerk was wounded in a robbery on Sunday night. Police have no suspect. "
            "On Oct. 4, officers found the clerk behind the counter.",
            "found",
            SUNDAY,
            False,
        ),
        # no current incident dated before it: a follow-up report telling its own incident from its start
        (
            "A man pleaded guilty on Monday. On Sept. 12, he shot a neighbour in Marlow.",
            "shot",
            None,
            False,
        ),
        # under a week before the current day: as often the story's own incident, told on
        (
            "A clerk was wounded in a robbery on Sunday night. Police have no suspect. "
            "On Oct. 1, a guard was beaten at the same store.",
            "beaten",
            SUNDAY,
            False,
        ),
        # only the sentence opening the recalled story: those after it may return to the article's own
        (
            "Two men were shot outside a diner in Marlow on Sunday. Both are expected to recover. "
            "On Sept. 12, nine were shot at a street party. A woman was wounded in the arm on Sept. 12.",
            "wounded",
            SUNDAY,
            False,
        ),
        # a calendar date told inside a sentence opens no story of its own
        (
            "Two men were shot outside a diner in Marlow on Sunday. Both are expected to recover. "
            "A teenager was shot nearby on Sept. 12.",
            "shot nearby",
            SUNDAY,
            False,
        ),
    ],
)
def test_recalled_stories_are_historical(
    nlp: Language, text: str, trigger: str, current: EventDate | None, historical: bool
) -> None:
    doc = nlp(text)
    detection = detection_at(doc, trigger, plover="ASSAULT")
    event_date = resolve_date(doc, detection, article_context(text), current)
    assert is_historical(event_date, detection, doc, PUBLISHED, current) is historical
