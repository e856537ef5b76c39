"""A count of every victim ('all four victims were injured') takes the dead in, and a headline telling the
toll by the attack's verbs ('Shooting kills 3, wounds 2') bounds the story's toll."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.headline_tolls import HeadlineToll, headline_toll
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "all of a counted group hurt are everyone hit, the dead among them",
            (
                "Three people are dead and a fourth is wounded after a man opened fire in a house on Cedar "
                "Lane on Sunday. Police said all four victims were injured in the same attack.",
                3,
                1,
            ),
            (
                "Two men were killed and one woman was wounded on Cedar Lane on Sunday. "
                "All three were wounded by the same rifle, police said.",
                2,
                1,
            ),
        ),
        *rule(
            "where no one died, everyone hit is hurt",
            (
                "Four people were wounded in a shooting on Cedar Lane on Sunday. "
                "All four victims were injured in the legs.",
                None,
                4,
            ),
        ),
        *rule(
            "a count of everyone restates the sentence's victims, it adds none",
            (
                "A man opened fire inside a club on Cedar Lane early Saturday. "
                "One woman and four men were shot, but all five were expected to survive.",
                None,
                5,
            ),
        ),
        *rule(
            "a count without 'all' is still of the hurt",
            (
                "Three people are dead after a man opened fire in a house on Cedar Lane on Sunday. "
                "Four other victims were injured, police said.",
                3,
                4,
            ),
        ),
    ],
)
def test_a_count_of_every_victim_takes_the_dead_in(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "the attack's verbs count the dead, then the hurt",
            ("Elmwood shooting kills 3, wounds 2, police say", HeadlineToll(3, 2)),
            ("Man charged in Elmwood shooting that killed one, injured 4 others", HeadlineToll(1, 4)),
            ("Shootout at Elmwood tavern leaves 1 dead, injures five", HeadlineToll(1, 5)),
            ("Shots fired into Oak Street diner, killing 1, wounding 3", HeadlineToll(1, 3)),
            ("Party Shooting Kills 1 Person, Wounds 5 In Elmwood", HeadlineToll(1, 5)),
        ),
        *rule(
            "a hurt count followed by more victims is not the whole",
            ("Gunman kills 2, injures 3 officers and 2 others", None),
            ("Gunman kills woman, injures 2 officers", None),
        ),
    ],
)
def test_a_headline_tells_the_toll_by_the_attack_verbs(title: str, expected: HeadlineToll | None) -> None:
    assert headline_toll(title) == expected


@pytest.mark.slow
def test_the_verbs_headline_bounds_a_body_that_counts_the_dead_among_the_hurt(nlp: Language) -> None:
    text = (
        "Two men were arrested Monday in the killing of a man who died two weeks after he and four others "
        "were wounded outside an Elmwood home."
    )
    title = "Police: 2 arrested in Elmwood shooting that killed one, injured 4 others"
    assert story_toll(nlp, text, "Two men were", title) == Casualties(1, 4)
