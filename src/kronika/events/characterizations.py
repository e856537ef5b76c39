"""Trigger nouns that say what something already told was ('called the strikes a deliberate attack',
'described the raid as an act of terror', 'branded the arrests a crackdown'): a speaker's verdict on it,
no event of its own."""

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
    """Whether the noun is what a naming verb's object is said to be: 'called the strikes a deliberate
    attack' (object predicate), 'called it an attack' (a second object), 'described the raid as an attack
    on democracy' ('as' after the object)."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in ("oprd", "dobj"):
        # the parse may read the verdict as a second object ('branded the dismissals an assault')
        verb = token.head
        thing = any(c.dep_ in ("dobj", "dative") and c.i < token.i for c in verb.children)
        return verb.lemma_.lower() in _NAMING and thing
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return False
    holder = token.head.head
    verb = holder.head if holder.dep_ in ("dobj", "nsubjpass") else holder
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _NAMING


def names_a_verdict(verb: Token) -> bool:
    """Whether the verb gives a verdict on something ('called' in 'called it an attack')."""
    return verb.lemma_.lower() in _NAMING and any(characterization(c) for c in verb.children)
