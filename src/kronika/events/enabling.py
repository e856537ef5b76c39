"""'Allow', 'permit' and 'force' as what an event or a thing brought about ('the offensive allowed the
government to tighten the blockade', 'forcing six million to flee'), not a concession or coercion someone
made."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry, names_a_party

_ENABLING: Final = frozenset({"allow", "permit", "force"})
_CLIMB: Final = 6  # words up from a participle to the clause whose subject did it
_THINGS: Final = frozenset({"it", "this", "that", "which", "what"})
# A participle hung on another clause tells what that clause's act brought about ('... displaced half the
# population, forcing six million to flee'): the act of whoever that clause's subject is, if anyone's. (A
# gerund after a preposition names an act only as an aim or a price: 'aimed at forcing'.)
_HUNG: Final = frozenset({"advcl", "acl", "conj", "xcomp"})
# Steps a body or a family takes under pressure of circumstance: 'forced to close', 'forced to postpone the
# congress', 'forced to sleep outside' with no one said to force them (judged Guardian readings: 7 such, all
# noise); flight or giving up a home is left to the lexicon (displacement is often real coercion).
_HARDSHIP_STEPS: Final = frozenset(
    {
        "close", "shut", "postpone", "cancel", "delay", "suspend", "withdraw", "accept", "turn", "sleep",
        "cut", "sell", "undergo", "scale", "borrow", "queue", "wait",
    }
)  # fmt: skip


def enabled_by_no_one(token: Token, entry: TriggerEntry) -> bool:
    """Whether a bare 'allow', 'permit' or 'force' tells what something brought about, not an act: a gerund
    after a preposition (an aim or a price), a participle hung on a clause no one acts in, a clause as its
    subject ('chasing the militia allowed Turkey to boast'), a subject that names no one who could act
    ('that moment allowed the spies to trace him'), or a hardship no one forced ('were forced to close').
    'It' is left be: it is as often a state as a situation."""
    if entry.pos != "V" or entry.extras or token.lemma_.lower() not in _ENABLING:
        return False
    children = list(token.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and not subjects:
        return True  # an aim or a price: 'aimed at forcing', 'in return for allowing them to leave'
    if token.tag_ == "VBG" and token.dep_ in _HUNG and not subjects:
        return not _done_by_someone(token.head)  # 'troops swept the valley, forcing the rebels out' is theirs
    if any(c.dep_ == "csubj" for c in children) or _forced_by_circumstance(token, children):
        return True
    return any(_no_one(s) for s in subjects)


def _forced_by_circumstance(token: Token, children: list[Token]) -> bool:
    """'Three offices have been forced to close', 'it was forced to postpone the congress': a passive 'force'
    with no one forcing ('by ...') and a step of hardship as what was forced."""
    if token.lemma_.lower() != "force" or not any(c.dep_ == "auxpass" for c in children):
        return False
    steps = [c for c in children if c.dep_ == "xcomp" and c.lemma_.lower() in _HARDSHIP_STEPS]
    # 'forced to close by the militia': the parser may hang the agent on the step
    return bool(steps) and not any(c.lower_ == "by" for w in (token, *steps) for c in w.children)


def _done_by_someone(head: Token) -> bool:
    """Whether the clause a participle hangs on has a subject who can act ('government forces swept through
    the south, forcing ...', 'workers tried to break into the office, forcing the police to ...'); a thing or
    an event as its subject leaves the participle to that clause."""
    token = head
    for _ in range(_CLIMB):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or token.head is token:
            return any(not _no_one(s) and s.lower_ not in _THINGS for s in subjects)
        token = token.head  # up through the noun, the infinitive or the conjunct it hangs on
    return False


def _no_one(subject: Token) -> bool:
    """Whether a subject noun names a thing or an event, not a person, a group or a state."""
    return subject.pos_ == "NOUN" and not names_a_party(subject)
