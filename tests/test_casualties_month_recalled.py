"""A sentence opening on a month with no day ('In March, a gunman wounded three people at a bus stop') recalls
another incident: its toll is neither the news story's nor one its own event may outweigh the story's with."""

from __future__ import annotations

from datetime import date

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.stories import month_recalled

# a story telling its incident by no day of its own, so the recalled month opens no story apart
LEAD = (
    "A man was shot and wounded on Alder Street in Millbrook, police said.\n\n"
    "He was taken to a hospital in stable condition.\n\n"
)
RECALLED = "In March, a gunman killed two people and wounded five at a bus stop a mile away.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a month alone, with or without its year, opens a recalled incident",
            ("In March, a gunman wounded three people at a bus stop.", True),
            ("In October 2013, a clerk was shot dead at a gas station.", True),
            ("In Sept. of 2014, two brothers were hurt in a crash.", True),
        ),
        *rule(
            "a day of the month, another opening, or a month inside the sentence does not",
            ("On March 4, a gunman wounded three people at a bus stop.", False),
            ("In another shooting, two men were hurt.", False),
            ("Two men were wounded in March, police said.", False),
        ),
    ],
)
def test_month_recalled(text: str, expected: bool) -> None:
    assert month_recalled(text) is expected


@pytest.mark.parametrize(
    ("sentence_with", "expected"),
    [
        *rule(
            "the story's own event leaves the recalled toll out",
            ("A man was shot", (0, 1)),
            ("He was taken", (0, 1)),
        ),
        *rule(
            "the recalled incident's own event tells no toll to outweigh the story's",
            ("In March, a gunman", (0, 0)),
        ),
    ],
)
def test_a_recalled_month_lends_no_toll(nlp: Language, sentence_with: str, expected: tuple[int, int]) -> None:
    text = LEAD + RECALLED
    toll = count_casualties(nlp(text), detection_on(text, sentence_with), None, date(2016, 5, 2))
    assert (toll.fatalities or 0, toll.injured or 0) == expected


def test_a_note_keeps_a_month_opening(nlp: Language) -> None:
    # a coder's note codes its event by what it says, whatever month it opens on
    text = "In March, gunmen killed two traders at a market in Elmwood."
    toll = count_casualties(nlp(text), detection_on(text, "In March"))
    assert toll.fatalities == 2
