"""'From' after a word of reporting ('clashes were reported from Kurigram', 'reports from Bor say'):
news coming from a place tells where the event happened, not whence someone came."""

from __future__ import annotations

import re

from spacy.tokens import Token

# A word of reporting right before 'from', as a chain's text before it ends.
_REPORTED = re.compile(r"\breport(?:ed|s)?\s+from\s*$", re.IGNORECASE)


def reported_from(preposition: Token) -> bool:
    """Whether a 'from' hangs on a word of reporting ('clashes were reported from Kurigram')."""
    return preposition.lower_ == "from" and preposition.head.lemma_.lower() == "report"


def reported_before(text: str) -> bool:
    """Whether text ends with a word of reporting and 'from' ('Violence was reported from ')."""
    return _REPORTED.search(text) is not None
