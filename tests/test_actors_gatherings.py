"""A party held ('a birthday party', 'a house party') is no political party; a party formed still is."""

from __future__ import annotations

import pytest
from builders import phrase_actors
from spacy.language import Language

from kronika.actors import ActorLexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("A gunman opened fire at a birthday party in Tarn.", "a birthday party", None),
        ("Shots were fired at a house party in Vella.", "a house party", None),
        ("Police raided the offices of the ruling party in Tarn.", "the ruling party", "PTY"),
    ],
)
def test_a_party_held_is_no_political_party(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, sector: str | None
) -> None:
    actors = phrase_actors(nlp, lexicon, text, phrase)
    assert [a.sector for a in actors if a.sector] == ([sector] if sector else [])
