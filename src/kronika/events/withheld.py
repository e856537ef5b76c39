"""What a sentence tells as withheld: a refusal to comment rejects no one ('refused to say how many
were held')."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

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
