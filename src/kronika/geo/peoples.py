"""Names written as a people's, not a place's: 'ethnic Somali herders', 'Somali and Afar ethnic militias'."""

from __future__ import annotations

from spacy.tokens import Span, Token

ETHNIC = "ethnic"
_COORDINATORS = frozenset({"and", "or", ","})


def named_as_people(name: Span) -> bool:
    """Whether a name stands for an ethnic group, as 'ethnic' written before it, or after the names
    coordinated with it, says ('ethnic Somali herders', 'Somali and Afar ethnic militias'): such peoples
    live on both sides of borders and across regions, so the word says neither the note's country nor
    where its event was."""
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].lower_ == ETHNIC:
        return True
    i = name.end
    while i < len(doc) and (doc[i].lower_ in _COORDINATORS or _proper_name(doc[i])):
        i += 1
    return i < len(doc) and doc[i].lower_ == ETHNIC


def _proper_name(token: Token) -> bool:
    """A capitalised word of a name ('Afar' in 'Somali and Afar ethnic militias')."""
    return token.is_title and token.pos_ in ("PROPN", "ADJ")
