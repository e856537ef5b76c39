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


# Links by which a word hangs inside what a verb of telling would tell: its clause ('would not say how many
# were hurt'), or an object, subject or preposition within it. A relative or adverbial clause, or a
# conjunct, tells its own fact ('who was arrested on Friday') and ends the climb.
_TOLD_WITHIN: Final = frozenset(
    {"ccomp", "xcomp", "dobj", "pobj", "prep", "pcomp", "nsubj", "nsubjpass", "attr"}
)
_CLIMB: Final = 6
# Only a clause withheld is untold: 'did not respond to Trump's demands' and 'declined to comment on the
# allegations' refer to demands and allegations made, which the sentence does not withhold.
_CLAUSES: Final = frozenset({"ccomp", "xcomp"})


def inside_withheld_word(trigger: Token) -> bool:
    """Whether the trigger lies inside what someone declined or refused to tell, or did not tell: 'refused
    to say whether his party would join the talks', 'would not say how many soldiers were deployed'. The
    sentence reports a silence, not the act."""
    token = trigger
    for _ in range(_CLIMB):
        if token.dep_ not in _TOLD_WITHIN or token.head is token:
            return False
        link, token = token.dep_, token.head
        if link in _CLAUSES and _telling(token) and _withheld(token):
            return True
    return False


def _withheld(verb: Token) -> bool:
    """Whether a verb of telling is refused, declined or negated ('refused to say', 'did not comment')."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING
