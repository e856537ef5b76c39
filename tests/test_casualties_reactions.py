"""Specs for readings that react to a harm: a condemnation or a threat counts none of the harm's dead."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

STORY = (
    "Gunmen killed nine farmers in an attack on a village near Gusau on Tuesday, police said.\n\n"
    "Soldiers repelled a separate raid on a base in Anka on Wednesday, killing six attackers. "
    "Three soldiers were wounded.\n\n"
)


def _tolls(pipeline: Pipeline, reaction: str) -> dict[str, tuple[int | None, int | None]]:
    """Killed and injured of each record of the story with one more sentence, by its PLOVER type."""
    article = Article("t", STORY + reaction, published=date(2021, 6, 10))
    return {
        e.type.plover: (e.casualties.fatalities, e.casualties.injured)
        for e in pipeline.extract_articles([article])
    }


@pytest.mark.parametrize(
    ("reaction", "plover"),
    [
        ("The governor condemned the killings and promised justice.", "ACCUSE"),
        ("The state's governor denounced the attacks as cowardly.", "ACCUSE"),
        ("The president condemned the killings and vowed to hunt down the attackers.", "THREATEN"),
    ],
)
def test_a_reaction_counts_no_toll(pipeline: Pipeline, reaction: str, plover: str) -> None:
    """The reaction is a record of its own, with no dead or hurt; the attacks keep theirs."""
    tolls = _tolls(pipeline, reaction)
    assert tolls[plover] == (None, None)
    assert tolls["ASSAULT"][0] in (9, 6)


def test_an_accusation_of_the_killing_keeps_its_toll(pipeline: Pipeline) -> None:
    """An allegation may be how a story tells its incident ('charged with killing'): it keeps the dead."""
    article = Article(
        "t", "A man was charged on Friday with killing two neighbours in Gusau.", published=date(2021, 6, 12)
    )
    events = pipeline.extract_articles([article])
    assert any(e.casualties.fatalities == 2 for e in events)
