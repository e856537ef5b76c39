"""A part told of a counted group in one sentence ('two of the four people shot were in critical condition'):
the part is among the group, not besides it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding
from kronika.casualties.numbers import parse_count
from kronika.casualties.words import of_noun

__all__ = ["bare_part", "counted_group", "whole_named_again", "without_parts"]

# the words that name a part of a group by its number alone: 'one is in critical condition', 'both'
_PART_WORDS = frozenset({"one", "two", "three", "four", "five", "both", "all", "each", "another"})


def without_parts(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """The sentence's findings less a count of people that is a part of a group the sentence counts in the
    same way ('two of the five people who were shot were taken to hospital': five shot, not seven); a part
    told apart from its group ('two of the five people shot died') is kept, as it tells what befell some."""
    counted = {(f.kind, f.victim): f.count for f in findings if f.victim >= 0 and f.token >= 0}
    kept: list[Finding] = []
    for f in findings:
        group = of_noun(doc[f.victim]) if f.victim >= 0 else None
        whole = counted.get((f.kind, group.i)) if group is not None else None
        if whole is not None and whole >= f.count:
            continue
        kept.append(f)
    return kept


def counted_group(token: Token, victim: Token) -> int | None:
    """'two of five victims who were shot remain in hospital': the parse reads 'two of five' as the count of
    'victims', but a clause of shooting on the group tells of all five; None for any other phrase (and for
    'two of five victims died', where the verb tells of the two)."""
    if token.dep_ not in {"relcl", "acl"} or token.head != victim:
        return None
    number = next((c for c in victim.children if c.dep_ == "nummod"), None)
    if number is None or not any(c.dep_ == "quantmod" and c.lower_ == "of" for c in number.children):
        return None
    return parse_count(number.text)


def whole_named_again(head: Token) -> bool:
    """'of the three dead, one is the shooter': the group a part is told of, named with 'the' after a
    fronted 'of', is one the story has counted; not 'two of the four wounded', where the whole may be the
    only count (`without_parts` weighs it against its part)."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ in {"NUM", "PRON", "NOUN", "PROPN"}:
        return False
    return head.pos_ in {"NOUN", "PROPN", "NUM"} and any(c.lower_ == "the" for c in head.children)


def bare_part(holder: Token) -> bool:
    """Whether a victim is named only as a part of a group, by a number or 'both' with no noun ('two men were
    shot; one is in critical condition', 'one of them', 'one of whom'): those are among the people the
    sentence counts by its other words, so their count is a reading of the whole, not one to add to it."""
    return holder.lower_ in _PART_WORDS or (
        holder.pos_ in {"NUM", "PRON"} and any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children)
    )
