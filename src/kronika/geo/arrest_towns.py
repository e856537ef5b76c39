"""Towns a local story names only as where a suspect was caught ('taken into custody Thursday in
Manning', 'arrested early Wednesday near Portola'): the arrest often lies far from the shooting, so they
do not make the story's town, nor the scene of a sentence that names another place."""

from __future__ import annotations

import re
from typing import Final

# 'was arrested in', 'taken into custody on Thursday in', 'captured Friday night at', 'arrested early
# Wednesday morning near': the arrest verb, an optional day and part of day, then the preposition right
# before the town
_ARRESTED_AT: Final = re.compile(
    r"\b(?:arrested|into\s+custody|apprehended|captured|surrendered|turned\s+(?:him|her)self\s+in)"
    r"(?:\s+(?:on|early|late|last))?(?:\s+(?:\w+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in|at|near)\s+$",
    re.IGNORECASE,
)
CONTEXT: Final = 70  # characters before a town read for the arrest it follows


def arrest_town(text: str, start: int) -> bool:
    """Whether the town named at text[start:] is written as where someone was arrested ('was taken into
    custody on Thursday in Manning'), not where anything else happened."""
    return _ARRESTED_AT.search(text[max(0, start - CONTEXT) : start]) is not None
