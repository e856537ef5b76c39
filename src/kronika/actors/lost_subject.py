"""The named armed doer of a deed whose verb the parser left without a subject, having hung the noun phrase
before it on a place or another phrase ("..., Rakhine State, army troops from LIB 99 torched 8 houses")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.actors.heads import is_instrument
from kronika.model import Actor

# Dependencies by which a verb has a subject of its own: one it has names who did the deed, or did not.
SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"})
# Links by which a deed's verb hangs on the verb its subject belongs to ("arrived ... and began looting").
CHAINED: Final = frozenset({"xcomp", "conj"})
# Armed doers named as such, as `actors.attackers` takes them: not "rebels" no name tells, whom coders code
# as a militia as often as rebels.
NAMED_ARMED: Final = frozenset({"MIL", "COP", "SPY", "REB", "CRM"})
UNNAMED_ARMED: Final = frozenset({"Rebels"})
# How many heads up from the word before the verb the noun naming the doer may be ("army troops from LIB
# 99": 99 -> LIB -> from -> troops); a longer climb leaves the doer's phrase.
CLIMB: Final = 5


def lost_subject(
    sentence: DocSpan,
    trigger_start: int,
    actor_at: Callable[[Token], Actor | None],
    victims: Sequence[Actor],
) -> tuple[Actor, ...]:
    """The named armed actor that the noun phrase just before the event's active verb names,
    where that verb (or the verb its trigger is chained to by 'and' or 'began') has no subject, or only
    one naming nobody (a place): the parser took the doer for a part of the phrase before it (a place's
    apposition, an 'in' phrase), yet it is the verb's subject. Not one of the event's `victims`."""
    trigger = next((t for t in sentence if t.idx == trigger_start), None)
    if trigger is None or trigger.pos_ != "VERB":
        return ()
    verb = trigger
    while verb.dep_ in CHAINED and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        verb = verb.head
    if any(_told_subject(c, actor_at) or c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "relcl":
        return ()
    # beside a subject naming nobody, only a name listed after it is the doer: "a man from the police
    # station attacked" is the man's deed
    listed = any(c.dep_ == "nsubj" for c in verb.children)
    token = _word_before(sentence, verb)
    for _ in range(CLIMB):
        if token is None or token.i >= verb.i or token.pos_ in ("VERB", "AUX"):
            return ()
        # "..., Rakhine State, an artillery shell hit a house": a weapon names no one who fired it
        if is_instrument(token):
            return ()
        actor = actor_at(token) if token.pos_ in ("NOUN", "PROPN") else None
        if actor is not None and actor.sector is not None:  # not a name no table knows ("LIB 99")
            named = actor.sector in NAMED_ARMED and actor.name not in UNNAMED_ARMED
            named = named and (not listed or token.dep_ in ("appos", "conj"))
            return (actor,) if named and actor not in victims else ()
        token = token.head if token.head.i != token.i else None
    return ()


def _told_subject(child: Token, actor_at: Callable[[Token], Actor | None]) -> bool:
    """Whether a verb's dependant is a subject that names someone: a place the parser made the subject
    ("..., Minbya Township, ..., army troops torched") names nobody, and the doer is its apposition."""
    if child.dep_ not in SUBJECTS:
        return False
    actor = actor_at(child) if child.dep_ == "nsubj" else None
    return child.dep_ != "nsubj" or (actor is not None and actor.sector is not None)


def _word_before(sentence: DocSpan, verb: Token) -> Token | None:
    """The last word of the phrase before a verb, past a closing parenthesis ("the army (SAF) arrived")."""
    i = verb.i - 1
    while i >= sentence.start and sentence.doc[i].text == ")":
        i -= 1
    return sentence.doc[i] if i >= sentence.start else None
