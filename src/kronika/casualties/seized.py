"""The dead a coder's note tells only by pointing back to the people it told seized: 'abducted 9 soldiers.
They later killed them', 'arrested six men, those arrested were subsequently found dead'.

A note often counts its victims where they are taken (abducted, arrested, attacked) and tells their deaths
after, by a pronoun or by what they were ('the victims', 'the arrested'): the deaths have no count of
their own, so the parse finds none, and the toll is the count of the people taken.
"""

from __future__ import annotations

import re

from kronika.casualties.note_counts import PEOPLE
from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER

# people counted where they were taken: "abducted 9 regime soldiers", "arrested six Fulani men", "arrested the
# two.", "attacked two youths with sharp weapons"
SEIZED = re.compile(
    r"\b(?:abducted|kidnapp?ed|arrested|apprehended|detained|attacked)\s+(?:the\s+)?"
    rf"(?P<n>{NUMBER})\b(?:\s+(?:[\w/-]+\s+){{0,3}}?{PEOPLE}|(?=\s*[.,;]|\s*$))",
    re.IGNORECASE,
)
# what the taken people are called again, when told dead: "those arrested", "the victims", "the abducted"
TAKEN = r"(?:arrested|abducted|kidnapped|detained|victims|hostages|captives|abductees|detainees)"
# their deaths told by that pointer: "They later killed them", "those arrested were subsequently found dead",
# "The bodies of the arrested were found", "The victims died of their injuries later"
DEAD_AGAIN = re.compile(
    r"\b(?:killed|executed|murdered|shot\s+dead)\s+(?:all\s+(?:of\s+)?)?them\b"
    rf"|\b(?:those|the)\s+{TAKEN}\s+(?:were\s+|was\s+)?(?:(?:later|subsequently|then)\s+)?"
    r"(?:found\s+dead|killed|executed|murdered|died)\b"
    rf"|\bbod(?:y|ies)\s+of\s+(?:the|those)\s+{TAKEN}\s+(?:were|was)\s+(?:(?:later|subsequently)\s+)?found\b",
    re.IGNORECASE,
)


def seized_dead(texts: list[str]) -> int | None:
    """The count of the people a note told taken, where it or a later sentence tells them dead by a pointer
    back to them; None where no sentence so tells a death."""
    for i, text in enumerate(texts):
        seized = SEIZED.search(text)
        if seized is None:
            continue
        rest = [text[seized.end() :], *texts[i + 1 :]]
        if any(DEAD_AGAIN.search(later) for later in rest):
            return parse_count(seized["n"])
    return None
