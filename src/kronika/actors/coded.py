"""What a coder's note says an unidentified actor was coded as: "a gunman in uniform (coded as military)"."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

# Sectors an unidentified doer has before a coder's parenthesis says who it was: none, a civilian (an
# "individual"), an unidentified armed group (a "gunman").
UNCODED: Final = frozenset({None, "CVL", "UAF"})
# Sectors a coder's "coded as" may give such a doer: forces and armed groups. A government's sector is
# left out, as a capital or country the same words name ("coded as Dhaka") carries it.
CODED_SECTORS: Final = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM", "IGO"})
# How many tokens after a doer's head its parenthesis may open ("an unidentified gunman dressed in a SNA
# uniform (coded as military)").
REACH: Final = 10
# Finite verb tags: the doer's own verb ends its description ("... uniform shot a civilian").
FINITE: Final = frozenset({"VBD", "VBZ", "VBP"})


def coded_root(words: list[Token]) -> Token | None:
    """The head word of a coded name: the one whose own head lies outside it."""
    inside = range(words[0].i, words[-1].i + 1) if words else range(0)
    return next((t for t in words if t.head.i == t.i or t.head.i not in inside), None)


def coded_as(head: Token) -> list[Token]:
    """The words X of a parenthesis "(coded as X)" or "(described as ..., coded as X)" that follows a
    phrase's head within its description, before the clause's own verb; none where there is none.

    Conflict coders write what an actor the source leaves unnamed was coded as: the parenthesis is the
    note's own word on who did it (of 257 training notes saying "coded as" military or police forces,
    249 code state or foreign forces)."""
    sentence = head.sent
    doc = head.doc
    opened = False
    for token in doc[head.i + 1 : min(sentence.end, head.i + 1 + REACH)]:
        if token.text == "(":
            opened = True
        elif token.text == ")":
            opened = False
        elif not opened and token.tag_ in FINITE:
            return []
        elif opened and token.lower_ == "coded" and doc[token.i + 1 : token.i + 2].text.lower() == "as":
            return _until_close(doc[token.i + 2 : sentence.end])
    return []


def _until_close(tokens: Span) -> list[Token]:
    """The tokens before the parenthesis closes or a comma ends the coded name."""
    words: list[Token] = []
    for token in tokens:
        if token.text in (")", ",", ";"):
            return words
        words.append(token)
    return []
