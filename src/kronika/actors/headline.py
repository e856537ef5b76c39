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
    verb_i = trigger.i - 1
    if verb_i <= sentence.start or not _bare_verb(sentence.doc[verb_i], trigger):
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
    and uninflected ('attack', not 'attacks' or 'Attack'), hung on the trigger."""
    return (
        token.head.i == trigger.i
        and token.dep_ == "compound"
        and token.tag_ == "NN"
        and token.text.islower()
        and token.text == token.lemma_
    )
