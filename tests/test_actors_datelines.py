"""Specs for a dateline opening a story: it tells where the story was filed and names no actor."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


def _lead_actors(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """The (name, text) of the actors of every record one made-up story gives."""
    events = pipeline.extract_articles([Article("t", text, published=date(2021, 3, 9))])
    return [(a.name, a.text) for e in events for a in e.actors]


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # the parser makes the dateline's city the verb's subject, its country a conjunct of it
        (
            "BISHKEK, Kyrgyzstan — Police clashed with dozens of traders in Osh on Monday.",
            "Police",
            "Kyrgyzstan",
        ),
        ("LAGOS, Nigeria — Gunmen attacked a police post in Kaduna on Monday.", "Gunmen", "LAGOS"),
        ("DHAKA, Bangladesh (AP) — Students blocked a road in Sylhet on Monday.", "Students", "DHAKA"),
        # the dateline taken for the subject left the story's own doers out
        ("KIEV, Ukraine — Protesters rallied outside parliament on Monday.", "Protesters", "Ukraine"),
    ],
)
def test_a_dateline_names_no_actor(pipeline: Pipeline, text: str, actor: str, not_actor: str) -> None:
    """The story's own actors stand; the dateline's city and country are not among them."""
    found = _lead_actors(pipeline, text)
    assert actor in [name for name, _ in found]
    assert all(not_actor not in (name, written) for name, written in found)


def test_a_capital_that_acts_in_the_story_is_still_an_actor(pipeline: Pipeline) -> None:
    """A capital standing for its government in the story's own words is read as before."""
    found = _lead_actors(pipeline, "ANKARA — Moscow accused Kyiv of shelling a border village on Monday.")
    assert ("Russia", "Moscow") in found
