"""A name written with a small Arabic article ('al-Shabab', 'al-Qaida') is the lexicon's named actor, and
so is a generic head it modifies ('the al-Shabab extremist group')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Officials said the al-Shabab group claimed the attack.", "the al-Shabab group", "Al-Shabaab"),
        (
            "The al-Shabab extremist group claimed responsibility.",
            "The al-Shabab extremist group",
            "Al-Shabaab",
        ),
        ("Police said al-Shabab fighters stormed the hotel.", "al-Shabab fighters", "Al-Shabaab"),
    ],
)
def test_a_name_with_a_small_arabic_article_is_the_named_actor(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, name: str
) -> None:
    start = text.index(phrase)
    ctx = ArticleContext(Article("t", text), focus_country="SOM")
    actors = ArticleActors(nlp(text), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])
    assert [a.name for a in actors] == [name]
