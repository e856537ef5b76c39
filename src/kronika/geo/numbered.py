"""A numbered division of a city ('the 11th District', 'the 4th Ward'), which names no place of its own:
not the District of Columbia, whatever a lone 'District' stands for in Washington's news."""

from __future__ import annotations

import re

from spacy.tokens import Span

_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$",
    re.IGNORECASE,
)
DIVISION_WORDS = frozenset({"district", "ward", "precinct", "division"})


def numbered_division(phrase: Span) -> bool:
    """Whether a phrase is, or ends, a division word written after an ordinal ('11th District', 'the
    Fourth Ward'), the ordinal inside the phrase or just before it."""
    last = phrase[-1]
    if last.lower_ not in DIVISION_WORDS:
        return False
    before = phrase[-2] if len(phrase) > 1 else (phrase.doc[phrase.start - 1] if phrase.start > 0 else None)
    return before is not None and bool(_ORDINAL.match(before.text))
