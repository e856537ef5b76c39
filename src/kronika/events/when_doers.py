"""Who did what a passive clause reports, named in its 'when', 'after' or 'as' clause: 'twenty were injured
when officers fired tear gas' was done by the officers, as 'a trader was killed after border guards opened
fire' was by the guards."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

# Verbs of force whose subject, in a 'when' clause, did the harm its main clause reports.
FORCE_VERBS: Final = frozenset(
    {
        "fire", "shoot", "open", "attack", "beat", "charge", "throw", "hurl", "storm", "raid",
        "detonate", "spray", "stab", "ram", "shell", "bomb", "club", "whip", "assault",
    }
)  # fmt: skip
_SUBJECTS: Final = frozenset({"nsubj", "csubj", "agent"})
# The words that join such a clause to the harm it caused: coders' notes tell the shot fired after or as
# the harm's clause ("two farmers were injured after Indian border guards opened fire", "was hurt as
# soldiers fired on the crowd"), news reports mostly with 'when'.
_MARKERS: Final = frozenset({"when", "after", "as"})


def when_doers(verb: Token) -> list[Token]:
    """The subject of a 'when' (or 'after', 'as') clause of force under a clause that names no doer of its
    own: 'were injured when officers fired tear gas' -> officers. A clause with a subject or agent keeps
    its own."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in FORCE_VERBS:
            continue
        if not any(c.lower_ in _MARKERS and c.dep_ in ("advmod", "mark") for c in clause.children):
            continue
        return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return []
