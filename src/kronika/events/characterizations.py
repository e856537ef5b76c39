"""Trigger nouns that say what acts already told were ('called the strikes a deliberate attack', 'described
the raids as an act of terror', 'branded the dismissals an assault on workers'): a speaker's verdict on
them, no event of its own; and 'call' giving a verdict, which is no appeal."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

# verbs that give something a name or a verdict: their object is the thing, the noun after it what it is said
# to be
_NAMING: Final = frozenset(
    {
        "call", "label", "brand", "term", "dub", "describe", "characterize", "characterise", "deem",
        "denounce", "condemn", "decry", "regard", "view", "portray", "paint", "cast", "classify",
    }
)  # fmt: skip


def characterization(token: Token) -> bool:
    """Whether the noun is a verdict on several acts told already ('called the strikes a deliberate attack',
    'described the raids as an attack on democracy'): one word for many acts names no one event of its own.
    A verdict on one act ('called the explosion an attack') is another telling of that act, and stays."""
    thing = _judged_thing(token)
    return thing is not None and (thing.tag_ in ("NNS", "NNPS") or thing.lower_ in ("them", "they"))


def names_a_verdict(verb: Token) -> bool:
    """Whether the verb gives a verdict on something ('called' in 'called it an attack')."""
    return verb.lemma_.lower() in _NAMING and any(_judged_thing(c) is not None for c in verb.children)


def _judged_thing(token: Token) -> Token | None:
    """What the noun is a verdict on, where it is one: a naming verb's object ('called the strikes a
    deliberate attack', the object predicate or, as the parse may read it, a second object; 'described
    the raid as an attack on democracy', 'as' after the object); else None."""
    if token.pos_ != "NOUN":
        return None
    if token.dep_ in ("oprd", "dobj"):
        verb = token.head
        things = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < token.i]
        return things[0] if things and verb.lemma_.lower() in _NAMING else None
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return None
    holder = token.head.head
    if holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ == "VERB":
        return holder if holder.head.lemma_.lower() in _NAMING else None
    if holder.pos_ == "VERB" and holder.lemma_.lower() in _NAMING:  # 'the raids were described as ...'
        return next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None
