"""A name that a preposition of place governs ('a school in Kramatorsk'), read as a place whatever spaCy
tagged it."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Span

# Prepositions whose object is where something is or happened: 'in Kramatorsk', 'near Tyre'.
LOCATIVE_PREPS: Final = frozenset({"in", "near", "outside"})


def governed_as_place(doc: Doc, phrase: Span) -> bool:
    """Whether the name is the object of a preposition of place written just before it ('hit a school in
    Kramatorsk', tagged a product by spaCy): a town abroad so written needs the size of a tagged one, not
    the million people a bare capitalised word must have to count."""
    if phrase.start == 0:
        return False
    before = doc[phrase.start - 1]
    return before.lower_ in LOCATIVE_PREPS and phrase.root.dep_ == "pobj" and phrase.root.head.i == before.i
