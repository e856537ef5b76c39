"""Specs of `doc_words`: a document's lower-case lemmas and forms, read at once, are the tokens' own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.doc_words import doc_words

SENTENCES = [
    "Rioters Burned three shops in Velmora on Tuesday.",
    "KILLED: two farmers were Shot dead near the Ostrava bridge.",
    "The Protesters marched; police fired tear gas.\n\nNo one was hurt.",
    "Looted!",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_are_the_tokens_own(nlp: Language, text: str) -> None:
    doc = nlp(text)
    words = doc_words(doc)
    assert words.lemmas == tuple(t.lemma_.lower() for t in doc)
    assert words.lowers == tuple(t.lower_ for t in doc)


@pytest.mark.parametrize(
    ("text", "wanted", "forms", "found"),
    [
        ("Gunmen shot a guard. Rioters burned shops.", {"burn"}, False, ["burned"]),
        ("Gunmen shot a guard. Rioters burned shops.", {"burned"}, False, []),
        ("Gunmen shot a guard. Rioters burned shops.", {"burned"}, True, ["burned"]),
        ("Gunmen shot a guard. Rioters burned shops.", {"shoot", "guard"}, False, []),
    ],
)
def test_indices_read_one_sentence(
    nlp: Language, text: str, wanted: set[str], forms: bool, found: list[str]
) -> None:
    doc = nlp(text)
    second = list(doc.sents)[1]
    indices = doc_words(doc).indices(second, frozenset(wanted), forms=forms)
    assert [doc[i].text for i in indices] == found
