"""What a sentence tells as withheld or not done: a refusal to comment rejects no one ('refused to say
how many were held'), and an act whose own object is denied ('gave no order', 'fired no shots') did
not happen."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from spacy.tokens import Token

from kronika.events.modality import CREATING

# Verbs of refusing whose infinitive can be a word withheld rather than a demand rejected.
_REFUSING: Final = frozenset({"refuse", "decline"})
# Verbs of telling: refusing them keeps a fact back ('declined to comment', 'refused to say when').
_TELLING: Final = frozenset(
    {
        "say", "comment", "disclose", "confirm", "reveal", "elaborate", "specify", "identify", "name",
        "discuss", "answer", "speak", "divulge", "tell", "explain", "detail", "describe", "respond",
    }
)  # fmt: skip
# Objects of 'give' or 'provide' that are facts told: 'declined to give details'.
_FACTS: Final = frozenset({"detail", "information", "figure", "number", "name", "comment", "estimate"})
_GIVING: Final = frozenset({"give", "provide", "offer", "release"})
# Objects that name the act itself: 'fired no shots', 'launched no attack'.
_ACT_OBJECTS: Final = frozenset({"shot", "round", "bullet", "arrest", "attack", "strike", "order", "attempt"})


def withholds_word(token: Token) -> bool:
    """Whether a verb of refusing governs only a word withheld: 'a spokesman refused to say how many
    were detained' is no rejection of anything an analyst codes; 'refused to release the hostages' is."""
    if token.lemma_.lower() not in _REFUSING:
        return False
    told = [c for c in token.children if c.dep_ == "xcomp"]
    return any(_telling(c) for c in told)


def _telling(verb: Token) -> bool:
    """Whether an infinitive tells something: a verb of telling, or giving details or figures."""
    lemma = verb.lemma_.lower()
    if lemma in _TELLING:
        return True
    return lemma in _GIVING and any(c.dep_ == "dobj" and c.lemma_.lower() in _FACTS for c in verb.children)


def object_denied(token: Token, phrase_words: Iterable[str]) -> bool:
    """Whether a verb's direct object is denied by 'no' where the object makes the act: a verb that
    brings its object about ('gave no order', 'made no arrests'), an object naming the act ('fired no
    shots') or the trigger's own phrase word. 'The blast killed no one' still tells a blast, so other
    objects leave it be."""
    words = {w.lower() for w in phrase_words}
    for child in token.children:
        if child.dep_ != "dobj" or not any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            continue
        lemma = child.lemma_.lower()
        if (
            token.lemma_.lower() in CREATING
            or lemma in _ACT_OBJECTS
            or lemma in words
            or child.lower_ in words
        ):
            return True
    return False
