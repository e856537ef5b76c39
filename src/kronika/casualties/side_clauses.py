"""Another side's act told in a clause beside the harm ('strikes killed 12, as militants fired rockets'): its
own event, which the sentence's toll does not count."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from kronika.casualties.words import casualty_kind

# Marks of a clause telling an act done at the same time as the main one, not its means or its result.
_BESIDE_MARKS: Final = frozenset({"as", "while", "whilst"})


def beside_the_harm(sentence: Span, trigger: Token) -> bool:
    """Whether the trigger heads (or sits in) an 'as' or 'while' clause that counts no harm of its own, on a
    main clause that does ('Israeli strikes killed 12 on Thursday, as Hezbollah fired rockets into
    Israel'): the clause's act is the other side's, and the toll is the main clause's."""
    clause = _side_clause(trigger)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    if any(casualty_kind(t) is not None for t in clause.subtree):
        return False
    # 'two people were killed as gunmen opened fire': a harm told without its doer is the clause's act's
    return any(t.i not in inside and _done_by_someone(t) for t in sentence)


def _done_by_someone(token: Token) -> bool:
    """Whether the token is an active verb of harm with a subject ('strikes killed 12')."""
    if token.pos_ != "VERB" or casualty_kind(token) is None:
        return False
    return any(c.dep_ == "nsubj" for c in token.children)


def _side_clause(trigger: Token) -> Token | None:
    """The 'as' or 'while' adverbial clause whose verb the trigger is or lies under, else None."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ == "advcl":
            marked = any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in token.children)
            return token if marked else None
    return None
