"""Specs for names the actor lexicon knows whole: a "/" or "and" inside one name joins no two actors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span


def _actors(nlp: Language, lexicon: ActorLexicon, text: str, doer: str) -> list[tuple[str, str | None]]:
    """The (name, sector) of each actor the doer span names."""
    start = text.index(doer)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.resolve([Span(start, start + len(doer), doer)])]


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # the parser reads the slash as coordination; the lexicon knows the opposition wing whole
        (
            "About 60 SPLA/M-IO members handed in their guns in Nasir.",
            "About 60 SPLA/M-IO members",
            [("SPLM-IO", "REB")],
        ),
        (
            "Fighters of the Liberation and Justice Movement raided a market near Kutum.",
            "the Liberation and Justice Movement",
            [("Liberation and Justice Movement", "REB")],
        ),
        # two actors joined by "and" outside any one name are still two
        (
            "SPLA/M-IO and the police clashed near Renk.",
            "SPLA/M-IO and the police",
            [("SPLM-IO", "REB"), ("Police", "COP")],
        ),
    ],
)
def test_a_name_known_whole_is_one_actor(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: list[tuple[str, str | None]]
) -> None:
    """A conjunct inside one lexicon name is part of that name, not a second actor."""
    assert _actors(nlp, lexicon, text, doer) == expected
