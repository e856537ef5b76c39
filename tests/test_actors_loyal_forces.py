"""Armed men told as loyal to someone ('forces loyal to the TPLF', 'troops loyal to General Haftar') are
that one's side, armed: not the state's military the bare word 'forces' names."""

from __future__ import annotations

import pytest
from builders import phrase_actors
from spacy.language import Language

from kronika.actors import ActorLexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "phrase", "name", "sector"),
    [
        (
            "Fighters loyal to the TPLF seized the town of Alamata.",
            "Fighters loyal to the TPLF",
            "TPLF",
            "REB",
        ),
        ("Forces loyal to the TPLF seized two bases.", "Forces loyal to the TPLF", "TPLF", "REB"),
        ("Government forces shelled the town of Alamata.", "Government forces", "Military", "MIL"),
    ],
)
def test_armed_men_loyal_to_someone_are_their_side(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, name: str, sector: str
) -> None:
    actors = phrase_actors(nlp, lexicon, text, phrase, "ETH")
    assert [(a.name, a.sector) for a in actors] == [(name, sector)]
