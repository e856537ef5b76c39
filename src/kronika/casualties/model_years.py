"""A year that names a thing's model or edition ('his 1995 Honda Civic', 'the 2016 Summer Olympics'),
which counts no one: the parse may take the named thing for the victims ('found inside his 1995 Infinity J30
suffering from a gunshot wound')."""

from __future__ import annotations

import re

from spacy.tokens import Token

YEAR = re.compile(r"(?:19|20)\d\d")


def dated_name(token: Token) -> bool:
    """Whether the word is a name a year modifies ('Civic' of 'a 1995 Honda Civic'): a model or an edition,
    not people counted by the year's number."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "nummod" and YEAR.fullmatch(c.text) is not None for c in token.children
    )
