"""Two people an article names with one surname are two actors: the one whose given names a mention
writes, else the one last named in full before it. Spellings of one given name stay one person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Actor, Article, ArticleContext, Span

pytestmark = pytest.mark.slow

REPORT = (
    "Gunmen killed 11 herders near Djibo on Friday, Governor Amadou Sawadogo said.\n\n"
    "President Issa Sawadogo condemned the attack on Saturday.\n\n"
    "Sawadogo also ordered troops to the area.\n\n"
    "Governor Sawadogo said the herders were buried in Djibo.\n\n"
    "Opposition leader Mamadou Zongo blamed the government. Zongo called for a protest.\n\n"
    "Mr. Zongo later met the ambassador, and Mamadou Zongo's party said it would march."
)


def actors_of(nlp: Language, lexicon: ActorLexicon, phrase: str, nth: int) -> tuple[Actor, ...]:
    """The actors the nth occurrence of `phrase` in REPORT resolves to."""
    start = -1
    for _ in range(nth + 1):
        start = REPORT.index(phrase, start + 1)
    ctx = ArticleContext(Article("report", REPORT), focus_country="BFA")
    return ArticleActors(nlp(REPORT), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])


@pytest.mark.parametrize(
    ("phrase", "nth", "name"),
    [
        ("Governor Amadou Sawadogo", 0, "Amadou Sawadogo"),
        ("President Issa Sawadogo", 0, "Issa Sawadogo"),
        # a bare surname is the namesake last named in full before it
        ("Sawadogo", 2, "Issa Sawadogo"),
        # one person named in full and then by surname, or as "Mr.", stays one
        ("Zongo", 1, "Mamadou Zongo"),
        ("Mr. Zongo", 0, "Mamadou Zongo"),
    ],
)
def test_namesakes_are_told_apart(
    nlp: Language, lexicon: ActorLexicon, phrase: str, nth: int, name: str
) -> None:
    assert [a.name for a in actors_of(nlp, lexicon, phrase, nth)] == [name]
