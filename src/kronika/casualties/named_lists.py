"""How many people a list of personal names counts ('Ann Bell, Tom Ross, Joe Kay and Sam Lee were shot')."""

from __future__ import annotations

from spacy.tokens import Token

# "..., and Sam Lee all suffered wounds": words the parse hangs on a list that name no one more
_ALL = {"all", "both", "each"}


def _is_name(token: Token) -> bool:
    """Whether a word ends a person's name the parse tagged as such."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _is_age(token: Token) -> bool:
    """'Ann Bell, 23,': the age after a name, which the parse hangs on it as an apposition."""
    return token.like_num or token.ent_type_ == "DATE"


def named_list_count(head: Token) -> int | None:
    """The people a list of names joined by commas and closed by 'and' counts: the parse hangs the later
    names on the first as appositions ('Ann Bell, Tom Ross and Sam Lee': 'Ross' an apposition to 'Bell',
    'Lee' joined to 'Ross'), which would read the first name as restated by the second; each name is a
    person. None where the phrase is no such list: one name restated by a noun ('Ann Bell, a nurse'), a
    list with anything but names and their ages in it, or names joined by commas alone."""
    if not _is_name(head) or head.dep_ in {"appos", "conj", "compound"}:
        return None
    names = [head]
    stack = [c for c in head.children if c.dep_ in {"appos", "conj"}]
    while stack:
        item = stack.pop()
        if _is_age(item) or item.lower_ in _ALL:
            continue
        if not _is_name(item):
            return None
        names.append(item)
        stack.extend(c for c in item.children if c.dep_ in {"appos", "conj"})
    appositions = any(n.dep_ == "appos" for n in names)
    # the parse hangs the 'and' on whichever name comes before the last, so the list's words tell it closes
    last = max(n.i for n in names)
    closed = any(n.dep_ == "conj" for n in names) and any(
        t.lower_ == "and" and t.dep_ == "cc" for t in head.doc[head.i : last]
    )
    return len(names) if closed and appositions and len(names) >= 3 else None
