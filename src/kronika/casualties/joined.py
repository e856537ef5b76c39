"""Which words the parse joins to a victim phrase's head are more of its people, and which open a clause."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.stray_conjuncts import stray_conjunct


def conjuncts(token: Token) -> list[Token]:
    """The words joined to a phrase's head, down the parse's chain: in 'a mother, son and little girl' the
    parse hangs 'girl' on 'son', not on 'mother', so the head's own conjuncts name only part of the list."""
    joined = [c for c in token.children if c.dep_ == "conj" and not opens_clause(token, c) and not _crime(c)]
    stray = stray_conjunct(token) if not joined else None
    joined += [stray] if stray is not None else []
    return [t for c in joined for t in (c, *conjuncts(c))]


# crimes the parse may join to a victim as if more people: 'charged with murdering a woman and kidnapping
# with intent to abuse another victim' names one woman, then a second charge
CRIMES = frozenset({
    "kidnapping", "kidnappings", "robbery", "robberies", "carjacking", "burglary", "arson", "rape",
    "abduction", "assault", "battery", "trafficking", "extortion", "theft",
})  # fmt: skip


def _crime(joined: Token) -> bool:
    """Whether a word the parse joins to a victim is a crime named bare (no article), not a person."""
    return joined.lower_ in CRIMES and not any(c.dep_ in {"det", "poss", "nummod"} for c in joined.children)


def opens_clause(head: Token, joined: Token) -> bool:
    """'claimed to have killed 4 soldiers and 16 others were injured', 'shot a clerk and three customers
    fled': a word the parse joins to an object that a verb of its own follows is the subject of the next
    clause, not one more of the object's people."""
    after = joined.i + 1
    doc = joined.doc
    return (
        head.dep_ in {"dobj", "obj", "pobj"}
        and after < len(doc)
        and (doc[after].lower_ in {"were", "was", "are", "is"} or finite_verb(doc[after]))
        and all(t.i != after for t in joined.children)
    )


def finite_verb(token: Token) -> bool:
    """A verb in the past or present tense with no subject of its own, which the word before it must be the
    subject of ('fled', 'ran', 'had fled'), not a participle that may describe that word ('a man walking by')
    nor the verb of a subject told before ('the teen accused of shooting his parents and two siblings told
    detectives')."""
    if token.pos_ not in {"VERB", "AUX"} or token.tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    verb = token.head if token.dep_ == "aux" else token
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
