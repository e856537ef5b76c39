"""Specs for a plural role phrase: a group of that role, never the one person named with it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span


def _resolved(nlp: Language, lexicon: ActorLexicon, text: str, phrase: str) -> list[str]:
    """The names the last occurrence of `phrase` in our own text resolves to."""
    start = text.rindex(phrase)
    ctx = ArticleContext(Article("a", text), focus_country="ARM")
    actors = ArticleActors(nlp(text), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])
    return [a.name for a in actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "person"),
    [
        # the plural is the opposition's leaders as a group
        (
            "Police detained opposition leader Aram Sargsyan. Opposition leaders called a rally.",
            "Opposition leaders",
            False,
        ),
        # the singular role still stands for the one person named with it
        (
            "Police detained opposition leader Aram Sargsyan. The opposition leader called a rally.",
            "opposition leader",
            True,
        ),
    ],
)
def test_a_plural_role_is_no_one_person(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, person: bool
) -> None:
    """'Opposition leaders' after 'opposition leader X' are not X."""
    assert ("Aram Sargsyan" in _resolved(nlp, lexicon, text, phrase)) is person
