"""Wounds and shots told fatal to a part of those they hit, or told not fatal: 'two men suffered gunshot
wounds, one of them fatal' counts one dead among the two hit, not two dead; 'two were shot, neither
fatally' counts no one dead."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.finding import Finding
from kronika.casualties.numbers import parse_count

FATAL_WORDS = frozenset({"fatal", "mortal", "deadly", "lethal"})
# the group a part is told of: 'one of them', 'two of whom'
_GROUP_PRONOUNS = frozenset({"them", "whom"})


def fatal_part(token: Token) -> Finding | None:
    """The dead a fatal word counts as a part of the people just told wounded ('wounds, one of them fatal'
    is one dead, counted among those hit); None where the word is not so told."""
    part = _counted_part(token)
    if part is None:
        return None
    count = parse_count(part.text)
    return Finding("killed", count, part.i, among_hit=True) if count is not None else None


def told_of_part(word: Token) -> bool:
    """Whether a fatal word is told of a part of the wounds' bearers only ('one of them fatal')."""
    return _counted_part(word) is not None


def _counted_part(token: Token) -> Token | None:
    """The number a fatal word takes for its subject, itself a part of a group ('one' of 'one of them')."""
    if token.lower_ not in FATAL_WORDS or token.pos_ != "ADJ" or not _of_wounds(token):
        return None
    for subject in (c for c in token.children if c.dep_ == "nsubj" and c.like_num):
        if any(_of_group(c) for c in subject.children):
            return subject
    return None


# the nouns of wounds a part of which may be fatal ('gunshot wounds, one of them fatal'), not of acts ('two
# shootings in two months, one of them fatal', which counts no one)
_WOUNDS = ("wound", "injur")


def _of_wounds(word: Token) -> bool:
    """Whether the fatal word tells of wounds: it hangs on a wound noun or on a verb whose object one is."""
    head = word.head
    objects = [head, *(c for c in head.children if c.dep_ in {"dobj", "obj"})]
    return any(t.pos_ == "NOUN" and t.lower_.startswith(_WOUNDS) for t in objects)


def _of_group(token: Token) -> bool:
    """'of them': a preposition naming the group the part is taken from."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "of"
        and any(c.lower_ in _GROUP_PRONOUNS for c in token.children)
    )


# the words that deny a shot was fatal: 'neither fatally', 'none fatally', 'but not fatally'
_DENIALS = frozenset({"not", "never", "neither", "none", "no", "non"})


def denied_fatally(token: Token) -> bool:
    """Whether a 'fatally' is denied ('two were shot, neither fatally', 'none fatally', 'but not fatally'):
    no one died of those shots, so the word counts no death."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    negated = any(c.dep_ == "neg" or c.lower_ in _DENIALS for c in token.children)
    return negated or token.head.lower_ in _DENIALS or (before is not None and before.lower_ in _DENIALS)
