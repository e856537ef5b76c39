"""Specs for reading a sentence the parser cut short on into the next one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kronika.geo.run_on import run_on
from kronika.nlp import sentences


def _doc(nlp: Language, parts: list[str]) -> Doc:
    """A doc whose sentences are exactly `parts` (words split on spaces; a part may open a paragraph
    with a newline word)."""
    words: list[str] = []
    starts: list[bool] = []
    for part in parts:
        tokens = part.split(" ")
        words += tokens
        starts += [True] + [False] * (len(tokens) - 1)
    return Doc(nlp.vocab, words=words, sent_starts=starts)


@pytest.mark.parametrize(
    ("parts", "read"),
    [
        (  # cut before a bracketed other name: the place follows in the next part
            ["Fighters shelled the hamlet of Bayt Nur", "[ Nur al Din ] ( Mudiyah , Abyan ) on Sunday ."],
            "Fighters shelled the hamlet of Bayt Nur [ Nur al Din ] ( Mudiyah , Abyan ) on Sunday .",
        ),
        (  # cut inside a district's name
            ["Gunmen attacked a post in the Sarwan area of Zurmat", "district , Paktia .", "No one died ."],
            "Gunmen attacked a post in the Sarwan area of Zurmat district , Paktia .",
        ),
    ],
)
def test_a_sentence_with_no_closing_mark_runs_on_into_the_next(
    nlp: Language, parts: list[str], read: str
) -> None:
    doc = _doc(nlp, parts)
    assert run_on(doc, sentences(doc)[0]).text == read


@pytest.mark.parametrize(
    "parts",
    [
        ["Troops shelled Zurmat on Sunday .", "Two houses burned ."],  # a full stop closes it
        ["Crowds marched in Gardez", "\n", "Shops stayed shut ."],  # a new paragraph starts after it
        ["Protesters gathered in Gardez"],  # nothing follows
    ],
)
def test_a_closed_sentence_or_the_last_of_its_paragraph_stays_as_it_is(
    nlp: Language, parts: list[str]
) -> None:
    doc = _doc(nlp, parts)
    first = sentences(doc)[0]
    assert run_on(doc, first) == first
