"""'From' after a verb of taking ('abducted civilians from Sixna village', 'stole cattle from Kapedo'):
the place the people or goods were taken from is where the event happened, not whence someone came."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose 'from' names the scene: people or goods taken there.
TAKING_VERBS = frozenset(
    {"abduct", "kidnap", "steal", "loot", "rustle", "snatch", "seize", "rob", "raid", "evict", "grab"}
)


def taken_from(preposition: Token) -> bool:
    """Whether a 'from' hangs on a verb of taking ('kidnapped two aid workers from Hulugho')."""
    return preposition.lower_ == "from" and preposition.head.lemma_.lower() in TAKING_VERBS
