"""A name written with a small Arabic article ('al-Shabab', 'al-Qaida') is the lexicon's named actor, and
so is a generic head it modifies ('the al-Shabab extremist group')."""

from __future__ import annotations

import pytest
from builders import phrase_actors
from spacy.language import Language

from kronika.actors import ActorLexicon

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
    assert [a.name for a in phrase_actors(nlp, lexicon, text, phrase, "SOM")] == [name]
