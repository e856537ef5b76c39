"""An attacker hurt in his own attack ('the suspect was also shot', 'one of the shooters was hit by return
fire', 'Marsh, who was himself wounded in the exchange, has been charged with murder'): the archive
counts him among the injured, besides the victims the story's other sentences count, as it counts a gunman
killed among the dead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kronika.casualties.slain_attackers import ATTACKER_NOUNS

if TYPE_CHECKING:
    from kronika.casualties.finding import Finding

__all__ = ["hurt_attacker", "tells_wounded_attacker", "with_wounded_attacker"]

_ATTACKER = r"(?:gunman|shooter|suspect|attacker|assailant|sniper)s?"
_WHO = rf"\b(?:the|a|one\s+of\s+the)\s+(?:[\w'’-]+\s+)?{_ATTACKER}\b"
# hurt, not killed and not missed ('was shot at', 'was shot and killed', 'was shot dead')
_HURT = r"(?:shot|wounded|injured|hurt|hit|struck)\b(?!\s+(?:at|and\s+killed|dead|to\s+death)\b)"
_POLICE = r"(?:police|officers?|deputy|deputies|troopers?|agents?)"
WOUNDED_ATTACKER = re.compile(
    # "the gunman was also wounded", "the suspect, who was himself shot": 'also' and 'himself' tell him
    # one hurt besides the others
    rf"{_WHO},?\s+(?:who\s+)?(?:was|had\s+been)\s+(?:also|himself)\s+{_HURT}"
    # "one of the shooters was hit by return fire", "the suspect was wounded by a deputy": the police's
    # or the victims' fire that hit him
    rf"|{_WHO},?\s+(?:who\s+)?(?:was|had\s+been)\s+{_HURT}\s+by\s+(?:return\s+fire|(?:an?\s+|the\s+)?"
    rf"(?:[\w'’-]+\s+)?{_POLICE}\b)"
    # "the alleged gunman sought treatment after getting shot himself"
    rf"|\b{_ATTACKER}\b[^.;:]{{0,80}}?\b(?:getting|being|was)\s+{_HURT}\s+himself\b"
    # "Marsh, who was himself wounded in the exchange, has been charged with murder": the one held
    r"|(?-i:[A-Z][a-z'’-]+),\s+who\s+was\s+(?:also|himself)\s+(?:shot|wounded|injured|hurt)\b[^.;:]{0,60}?[,.]\s*"
    r"(?:was|has\s+been)\s+(?:booked|charged|arrested|jailed|taken\s+into\s+custody)\b",
    re.IGNORECASE,
)
# a sentence telling a death may tell the attacker's own ('the suspect was shot and later died'), which the
# dead count already
DEATH = re.compile(r"\b(?:died|dead|killed|fatal(?:ly)?|death|deceased|succumbed)\b", re.IGNORECASE)


# a pure function of the sentence's text, asked again of every sentence of a story for each of its events
@lru_cache(maxsize=4096)
def tells_wounded_attacker(text: str) -> bool:
    """Whether the sentence tells the attacker hurt, and no one's death."""
    return WOUNDED_ATTACKER.search(text) is not None and DEATH.search(text) is None


def hurt_attacker(doc: Doc, findings: Sequence[Finding]) -> bool:
    """Whether one the sentence counts shot or hurt is named as an attacker ('a deputy shot a suspect'):
    its count is of him, not of victims besides him."""
    return any(
        f.kind in {"shot", "injured"} and f.victim >= 0 and doc[f.victim].lemma_.lower() in ATTACKER_NOUNS
        for f in findings
    )


def with_wounded_attacker(
    injured: int | None, victims: int | None, wounded: Sequence[bool], taken_in: bool = False
) -> int | None:
    """The story's injured with a hurt attacker counted once, besides his victims: `victims` is the injured
    the sentences not telling him hurt count, `wounded` whether each sentence tells him hurt, `taken_in`
    whether a count of the hurt takes him in already ('six were shot, including the suspect'). Where no
    other sentence counts anyone hurt, the hurt one told may be he alone, so nothing is added."""
    if not any(wounded) or not victims or taken_in:
        return injured
    return max(injured or 0, victims + 1)
