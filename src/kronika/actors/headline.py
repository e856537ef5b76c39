"""The named armed doer of a headline-style sentence the parser read as one noun phrase ("Rebels burn
houses in ...": 'burn' taken for a noun qualifying 'houses')."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.actors.lost_subject import NAMED_ARMED, UNNAMED_ARMED
from kronika.model import Actor

# How the words naming the doer hang on the verb read as a noun, or on the phrase's head.
DOER_LINKS: Final = frozenset({"det", "amod", "compound"})
# Verbs of a deed a headline writes bare before its object's name ("SAF bomb Karsk village").
DEED_VERBS: Final = frozenset(
    {"attack", "bomb", "shell", "burn", "raid", "loot", "ambush", "torch", "storm", "abduct", "kill"}
)


def headline_doer(
    sentence: DocSpan, trigger_start: int, actor_of: Callable[[list[Token]], Actor | None]
) -> tuple[Actor, ...]:
    """The named armed actor the words opening a sentence name, where the whole sentence was parsed as a
    noun phrase headed by the event's trigger and the word just before the trigger is a bare verb form
    read as a noun ("Army shell villages": 'shell' qualifies 'villages'): headlines drop the article
    and the tense, yet the opening words are the deed's subject."""
    trigger = next((t for t in sentence if t.idx == trigger_start), None)
    if trigger is None or trigger.i != sentence.root.i or trigger.pos_ not in ("NOUN", "PROPN"):
        return ()
    # the verb-noun just before the trigger, or a verb of a deed further up its chain of qualifiers
    # ("SAF bomb Karsk village": 'bomb' qualifies 'Karsk', which qualifies 'village')
    verbs = [t for t in sentence.doc[sentence.start + 1 : trigger.i] if _bare_verb(t, trigger)]
    verb_i = verbs[0].i if verbs else sentence.start
    if verb_i <= sentence.start:
        return ()
    words = list(sentence.doc[sentence.start : verb_i])
    # only words qualifying one another, the verb-noun or the trigger ('Military' an adjective of 'missiles')
    if any(w.dep_ not in DOER_LINKS or w.head.i > trigger.i for w in words):
        return ()
    actor = actor_of(words)
    armed = actor is not None and actor.sector in NAMED_ARMED and actor.name not in UNNAMED_ARMED
    return (actor,) if actor is not None and armed else ()


def _bare_verb(token: Token, trigger: Token) -> bool:
    """Whether a word qualifying the trigger is a bare verb form the parser took for a noun: lower case
    and uninflected ('attack', not 'attacks' or 'Attack'), hung on the trigger, or a verb of a deed hung
    on a qualifier of the trigger (a place's name between them: 'bomb Karsk village')."""
    bare = (
        token.dep_ == "compound"
        and token.tag_ == "NN"
        and token.text.islower()
        and token.text == token.lemma_
    )
    if not bare:
        return False
    if token.head.i == trigger.i:
        return True
    chain = token.head.dep_ == "compound" and token.head.head.i == trigger.i
    return chain and token.lemma_ in DEED_VERBS
