"""Unrest named as a whole that frames another event of its sentence: 'unrest pushed the commission to
annul the vote', 'unrest spread beyond the capital with mines seized' tell the annulment and the seizures;
the unrest is their setting, not a protest of its own."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from spacy.tokens import Token

# Words that name street unrest as a whole rather than one protest ('the unrest', 'the turmoil').
GENERIC_UNREST: Final = frozenset(
    {"unrest", "chaos", "turmoil", "upheaval", "crisis", "violence", "disorder"}
)
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})


def is_generic_unrest(token: Token) -> bool:
    """Whether a word names street unrest as a whole."""
    return token.lower_ in GENERIC_UNREST or token.lemma_.lower() in GENERIC_UNREST


def frames_other_event(token: Token, others: Iterable[Token]) -> bool:
    """Whether a generic unrest noun is the subject of a clause that tells another of the sentence's
    triggers: the clause's news is that trigger's event ('unrest pushed the court to annul the vote').

    Unrest whose clause tells only itself ('unrest left two dead') or only the verb's own event ('violence
    killed five') keeps its own telling.
    """
    if not is_generic_unrest(token) or token.dep_ not in _SUBJECTS:
        return False
    verb = token.head
    told = {t.i for t in verb.subtree} - {t.i for t in token.subtree} - {verb.i}
    return any(o.i in told for o in others)
