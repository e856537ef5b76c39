"""The dead of two sides a coder's note counts in separate sentences, added up: '2 soldiers were killed.' ...
'The army killed 3 militants.' is five dead.

A note tells each death once, so sentences whose counts name different sides (the security forces, the armed
men who fought them, civilians) count different dead; the largest count alone would drop a side. A sentence
naming more than one side's dead, or one whose count names no side ('the 5 dead included 2 soldiers', 'killed
5 people including 2 soldiers'), adds nothing: its count may take the others in.
"""

from __future__ import annotations

import re

from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER

__all__ = ["sides_killed"]

# the nouns naming each side, as a note's coder writes them
SIDES = {
    "forces": r"soldiers?|troops|policem[ae]n|police(?:\s+officers?)?|servicem[ae]n|(?:security\s+)?personnel"
    r"|gendarmes?|military|army|FARDC",
    "armed": r"militants?|insurgents?|attackers?|assailants?|gunm[ae]n|rebels?|fighters?|terrorists?"
    r"|jihadists?|militiam[ae]n|combatants?|bandits?",
    "civilians": r"civilians?|villagers?|residents?",
}
# a count and the side it names, up to three words apart ('3 suspected Al Shabaab militants', 'one civilian'),
# none a preposition or verb ('an attack by Taliban militants' counts no militants); a count told hurt or
# taken ('ten soldiers wounded') is none of the dead
GAP = r"(?:(?!(?:by|of|in|on|at|from|with|and|or|were|was|killed|against)\b)[\w-]+\s+){0,3}?"
NOT_DEAD = r"(?!\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt|arrested|abducted|kidnapped)\b)"
COUNTED = {
    side: re.compile(rf"(?<![\w-])(?P<n>{NUMBER}|an?)\s+{GAP}(?:{nouns})\b{NOT_DEAD}", re.IGNORECASE)
    for side, nouns in SIDES.items()
}

# a toll in dispute ('although they claimed that 10 fighters had been killed', 'which has not been
# confirmed', 'coded at the most conservative estimate'): the coder keeps one side's claim, not the sum
DISPUTED = re.compile(
    r"\b(?:although|though|however|denied|unconfirmed|unverified|not\s+(?:been\s+)?(?:confirmed|verified)"
    r"|conservative)\b",
    re.IGNORECASE,
)


def _side(text: str, killed: int) -> str | None:
    """The one side whose count in the sentence is the dead it tells; None where no side's count is, or
    more than one side is counted."""
    counted = {
        side
        for side, pattern in COUNTED.items()
        for m in pattern.finditer(text)
        if (1 if m["n"].lower() in {"a", "an"} else parse_count(m["n"])) is not None
    }
    told = {
        side
        for side, pattern in COUNTED.items()
        for m in pattern.finditer(text)
        if (1 if m["n"].lower() in {"a", "an"} else parse_count(m["n"])) == killed
    }
    return next(iter(told)) if len(counted) == 1 and len(told) == 1 else None


def sides_killed(texts: list[str], killed: list[int | None]) -> int | None:
    """The note's dead where its sentences count the dead of different sides, one side each: their sum; None
    where fewer than two sentences count the dead, any of them names no one side or the same side as
    another, or the note disputes a toll."""
    counts = [(text, k) for text, k in zip(texts, killed, strict=True) if k]
    if len(counts) < 2 or any(DISPUTED.search(text) for text in texts):
        return None
    sides = [_side(text, k) for text, k in counts]
    if any(s is None for s in sides) or len(set(sides)) != len(sides):
        return None
    return sum(k for _, k in counts)
