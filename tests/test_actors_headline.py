"""Specs for a headline-style sentence the parser read as one noun phrase: its opening words name the doer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection, unnamed_doer_sectors
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext, Span


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a bare verb the parser took for a noun qualifying the object: the words before it did the deed
        ("RSF attack civilians in villages near Umbrela.", "civilians", ["MIL"]),
        ("Military launch missiles from Korvanda.", "missiles", ["MIL"]),
        # a village's name between the bare verb and the trigger: the verb still follows its doer
        ("SAF bomb Karsk village in Umbrela County.", "village", ["MIL"]),
        ("RSF torch Karsk village near Umbrela.", "village", ["MIL"]),
        # no armed doer before the verb-noun: the unidentified group an attack implies
        ("Herders attack farmers near Umbrela.", "farmers", ["UAF"]),
        ("Attack helicopters near Korvanda.", "helicopters", ["UAF"]),
    ],
)
def test_headline_doer(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: list[str]
) -> None:
    """A headline's opening words are the doer of the deed its uninflected verb tells."""
    assert unnamed_doer_sectors(nlp, lexicon, text, trigger) == expected


def test_headline_doer_over_the_phrase_read_as_one(nlp: Language, lexicon: ActorLexicon) -> None:
    """The doer the parser's one phrase ('SAF bomb Karsk', a village's name) would give is the headline's."""
    text = "SAF bomb Karsk village in Umbrela County."
    detection = made_up_detection(text, "village", "ASSAULT", "Air/drone strike")
    phrase = Span(0, len("SAF bomb Karsk"), "SAF bomb Karsk")
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    found = EventDoers(actors).of(replace(detection, actor_spans=(phrase,)))
    assert [a.sector for a in found] == ["MIL"]
