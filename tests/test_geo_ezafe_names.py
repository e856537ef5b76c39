"""Specs for Persian place names joined by the ezafe 'e' ('Kut e Abdollah'): read whole, not as their
first word (Iraq's Kut)."""

from __future__ import annotations

import pytest
from builders import rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.mentions import sentence_mentions
from kronika.geo.particle_names import with_ezafe


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        *rule(
            "a name joined by the ezafe is read whole",
            ("Dozens of farmers protested in Kut e Abdollah over water cuts.", "Kut e Abdollah", "Khuzestan"),
            ("Workers of the town hall in Kut e Abdollah blocked a road.", "Kut e Abdollah", "Khuzestan"),
            ("Retired teachers gathered in Masjed e Soleyman on Sunday.", "Masjed e Soleyman", "Khuzestan"),
        ),
    ],
)
def test_an_ezafe_name_is_read_whole(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    doc = nlp(text)
    found = [(m.text, m.entry.admin1) for m in sentence_mentions(doc, doc[:], gazetteer, None, None)]
    assert (name, admin1) in found
    assert ("Kut", "Wassit") not in found  # never the first word alone, as Iraq's Kut


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("They met in Kut e Abdollah today.", 3),
        ("They met in Kut every day.", 1),
        ("They met in Kut e today.", 1),
    ],
)
def test_the_ezafe_takes_in_the_next_capitalised_word(nlp: Language, text: str, words: int) -> None:
    doc = nlp(text)
    assert len(with_ezafe(doc[3:4])) == words
