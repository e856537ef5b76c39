"""Who did what a passive clause reports, named in its 'when', 'after' or 'as' clause: 'twenty were injured
when officers fired tear gas' was done by the officers, as 'a trader was killed after border guards opened
fire' was by the guards."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.person_nouns import RIOTING_CROWD

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
# Partisans or a crowd told attacking 'after' or 'as' ("were injured after a group of party activists
# attacked their rally") would make the event a riot by who did it (`trigger_detection`), where coders
# code a partisan group's attack: such a looser clause lends them no doing.
_CROWD_WORDS: Final = RIOTING_CROWD | {"activist", "vigilante"}


def when_doers(verb: Token) -> list[Token]:
    """The subject of a 'when' (or 'after', 'as') clause of force under a clause that names no doer of its
    own: 'were injured when officers fired tear gas' -> officers. A clause with a subject or agent keeps
    its own."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in FORCE_VERBS:
            continue
        markers = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")} & _MARKERS
        if not markers:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if "when" not in markers and any(_crowd(s) for s in subjects):
            return []
        return subjects
    return []


def _crowd(subject: Token) -> bool:
    """Whether a subject is partisans or a crowd, itself or counted ("a group of activists")."""
    counted = [g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CROWD_WORDS for t in (subject, *counted))
