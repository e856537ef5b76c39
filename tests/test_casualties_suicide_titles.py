"""A headline listing whom a killer killed in a murder-suicide counts each listed victim and the killer."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties import headline_casualties
from kronika.casualties.suicide_titles import listed_with_killer


@pytest.mark.parametrize(
    ("title", "dead"),
    [
        *rule(
            "the victims of a verb 'in murder-suicide' and the killer",
            ("Father kills son and daughter in Millbrook murder-suicide", 3),
            ("Woman shot husband, 2 sons in Ky. murder-suicide", 4),
            ("Man kills 5-year-old son in Elmwood apparent murder-suicide", 2),
            ("Husband kills wife, mother-in-law in Dover murder-suici - WXYZ.com", 3),
        ),
        *rule(
            "a killer's death after the killing of the listed",
            ("Man shoots self after killing wife and daughter", 3),
            ("Woman kills herself after killing two sons", 3),
        ),
        *rule(
            "no list: a passive, an attempt, a shooting that wounds, no murder-suicide",
            ("Girl, 4, killed by mother in murder-suicide", None),
            ("Man shoots wife, kills self in murder-suicide attempt", None),
            ("Man kills self after shooting, wounding fiancee and her nephew", None),
            ("Man kills wife and son in Elmwood home", None),
        ),
    ],
)
def test_listed_with_killer(title: str, dead: int | None) -> None:
    assert listed_with_killer(title) == dead


@pytest.mark.parametrize(
    ("title", "dead"),
    [
        *rule(
            "the headline's dead take the killer in besides those he killed",
            ("Father kills son and daughter in Millbrook murder-suicide", 3),
            ("Man shoots self after killing wife and daughter", 3),
        ),
        *rule(
            "a count of the dead named as a murder-suicide's is kept",
            ("3 dead in Elmwood murder-suicide", 3),
        ),
    ],
)
def test_headline_dead_with_killer(title: str, dead: int) -> None:
    assert headline_casualties(title).fatalities == dead


def test_story_under_listing_headline_counts_killer(nlp: Language) -> None:
    text = (
        "Millbrook police said a man shot his wife and her 10-year-old daughter at home before turning the "
        "gun on himself on Tuesday night."
    )
    toll = story_toll(nlp, text, text[:8], "Husband kills wife and stepdaughter in Millbrook murder-suicide")
    assert (toll.fatalities, toll.injured or 0) == (3, 0)
