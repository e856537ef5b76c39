"""Specs for a headline-style sentence the parser read as one noun phrase: its opening words name the doer."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext


def _unnamed(nlp: Language, lexicon: ActorLexicon, text: str, trigger: str) -> list[str | None]:
    """The sectors of the doers an attack whose clause names nobody gets."""
    detection = made_up_detection(text, trigger, "ASSAULT", "Attack")
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [a.sector for a in EventDoers(actors).unnamed(detection)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a bare verb the parser took for a noun qualifying the object: the words before it did the deed
        ("RSF attack civilians in villages near Umbrela.", "civilians", ["MIL"]),
        ("Military launch missiles from Korvanda.", "missiles", ["MIL"]),
        # no armed doer before the verb-noun: the unidentified group an attack implies
        ("Herders attack farmers near Umbrela.", "farmers", ["UAF"]),
        ("Attack helicopters near Korvanda.", "helicopters", ["UAF"]),
    ],
)
def test_headline_doer(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: list[str]
) -> None:
    """A headline's opening words are the doer of the deed its uninflected verb tells."""
    assert _unnamed(nlp, lexicon, text, trigger) == expected
