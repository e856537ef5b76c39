"""Clause shapes several stages read alike: a clause told as come before the act it hangs on."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

# Conjunctions opening a clause whose act came before the act it hangs on: 'after', 'following'.
BEFORE_MARKS: Final = frozenset({"after", "following"})


def opens_before(token: Token) -> bool:
    """Whether the word heads a clause opened by 'after' or 'following' ('stoned cars after a rider was
    killed', 'resigned in May after his guards attacked marchers'), the parse hanging the word on the
    clause's own verb."""
    marks = (c for c in token.children if c.dep_ == "mark")
    return token.dep_ == "advcl" and any(c.lower_ in BEFORE_MARKS for c in marks)


def in_before_clause(token: Token) -> Token | None:
    """The head of the 'after' clause the word sits in (itself or an ancestor), if any."""
    return next((t for t in (token, *token.ancestors) if opens_before(t)), None)
