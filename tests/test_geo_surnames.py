"""Specs for the surnames of people an article names in full, which are no towns there."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.geo.surnames import someones_surname


@pytest.mark.parametrize(
    ("text", "word", "surname"),
    [
        ("Deputies arrested Jason Holt on Friday. Neighbors said Holt kept to himself.", "Holt", True),
        ("Officer Dale Martinez was hurt. Doctors told Martinez he was lucky.", "Martinez", True),
        ("A man was shot in Holt on Friday. Neighbors heard four shots.", "Holt", False),  # nobody so named
        ("Deputies arrested Jason Holt on Friday in Mason.", "Mason", False),  # a town beside the man
        ("Victim Edgar Garcia Salinas ran. He was shot in Salinas.", "Salinas", False),  # 'in' says place
        ("Victim Edgar Garcia Salinas ran. Salinas police are looking for the car.", "Salinas", False),
    ],
)
def test_a_lone_word_is_a_surname_where_someone_is_named_in_full(
    nlp: Language, text: str, word: str, surname: bool
) -> None:
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert someones_surname(doc, doc[last.i : last.i + 1]) == surname
