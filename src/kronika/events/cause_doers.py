"""Who did what a passive clause reports, named by the event it says did it: "killed following an attack by
X", "wounded during clashes with X", "after exchanging fire with X"."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.noun_arguments import MUTUAL_NOUNS, between, can_act, noun_arguments

# Prepositions by which a passive clause names the event that did it: "killed following an attack by X".
_CAUSE_PREPS: Final = frozenset({"in", "during", "following", "after", "amid", "from"})
# Event nouns whose doers a passive clause borrows; the mutual ones name both sides ("clashes with X").
_CAUSE_NOUNS: Final = MUTUAL_NOUNS | frozenset(
    {
        "attack", "assault", "ambush", "raid", "shooting", "operation", "airstrike", "strike", "bombing",
        "shelling", "offensive", "incursion", "crackdown", "violence", "riot", "fire", "gunfire",
    }
)  # fmt: skip
# Verbs that pin an event noun on its doer: "an attack attributed to X", "an attack claimed by X".
_ASCRIBING: Final = frozenset({"attribute", "blame", "claim", "carry", "conduct", "launch", "perpetrate"})


def cause_doers(verb: Token) -> list[Token]:
    """Who did what a passive clause reports: "killed following an attack by X", "during clashes with X".

    Only a clause without its own subject borrows them; a conjunct's cause serves its partner
    ("6 were killed and 5 wounded following attacks by X").
    """
    if any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return []
    for clause in (verb, *verb.conjuncts):
        for prep in clause.children:
            if prep.lower_ not in _CAUSE_PREPS:  # "following" may be parsed as a participle
                continue
            for obj in prep.children:
                doers = _event_sides(obj) if obj.dep_ in ("pobj", "pcomp") else []
                if doers:
                    return doers
    return []


def _event_sides(event: Token) -> list[Token]:
    """The doers an event noun names ("an attack by X", "X's raid", "clashes with X"), or a
    gerund's partner ("after exchanging fire with X")."""
    words = {event.lemma_.lower(), event.lower_}
    if event.pos_ == "VERB" and words.isdisjoint(_CAUSE_NOUNS):
        mutual = event.lemma_.lower() in ("exchange", "clash", "fight", "engage")
        return _with_objects(event) if mutual else []
    if words.isdisjoint(_CAUSE_NOUNS):
        return []
    doers = [a for a in noun_arguments(event)[0] if a.pos_ != "PRON" and can_act(a)] or _ascribed(event)
    if not doers and not words.isdisjoint(MUTUAL_NOUNS):
        doers = between(event) or _with_objects(event)
    return [d for d in doers if can_act(d)]


def _ascribed(event: Token) -> list[Token]:
    """ "an attack attributed to X", "an attack claimed by X": the doer a participle names."""
    for acl in event.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _ASCRIBING:
            for prep in acl.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
                    return [g for g in prep.children if g.dep_ == "pobj"]
    return []


def _with_objects(token: Token) -> list[Token]:
    """The objects of the token's 'with' phrases, and of its object's ("exchanged fire with X")."""
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
