"""Mentions that say they tell another incident than the one before ('Hours later, a second shooting ...',
'another attack', 'a separate raid', troops sent to the area clashing with the attackers): never the same
event as what their article told before them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kronika.casualties.stories import RESPONDING_FORCES
from kronika.model import EventMention

# the indefinite words just before the trigger that introduce a further incident; a definite one ('the
# second shooting') points back to the further incident itself, told before
_ANOTHER: Final = re.compile(
    r"\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|separate|different|unrelated|new|fresh)|another)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the nouns of incidents so introduced: 'another man was shot' may be the same shooting's second victim
_INCIDENTS: Final = frozenset(
    {
        "shooting", "stabbing", "attack", "raid", "blast", "explosion", "bombing", "strike", "airstrike",
        "ambush", "clash", "protest", "demonstration", "rally", "march", "incident", "killing", "robbery",
        "homicide", "kidnapping", "abduction", "riot", "arson",
    }
)  # fmt: skip


# a sentence told as a further incident's by a phrase set anywhere in it: 'In an unrelated shooting Sunday, a
# man was killed', 'a second man was shot in a separate incident on Monday', 'Separately, ...' (not
# `stories.tells_own_story`, which 'an earlier attack' named in passing also meets); or opening on a place
# and a new attack there: 'In the nearby town of Maarat al-Numan, an air strike killed nine'
_IN_ANOTHER: Final = re.compile(
    r"\b(?:in|during)\s+(?:(?:a|an)\s+(?:separate|unrelated|different)|another)\s+(?:[\w-]+\s+)?"
    rf"(?:{'|'.join(sorted(_INCIDENTS))})\b|^\W*separately\b"
    r"|^\W*in\s+[^,;.]{3,60},\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|air\s+strike|missile"
    r"|drone\s+strike|rocket|shelling|bombing|blast|explosion|attack|raid|shooting)\b",
    re.IGNORECASE,
)


def opens_another(mention: EventMention) -> bool:
    """Whether the mention's trigger is an incident's noun introduced as a further one ('a second
    shooting', 'another attack'), or its sentence says it tells a further incident ('in a separate
    shooting')."""
    if _IN_ANOTHER.search(mention.evidence.text):
        return True
    words = mention.trigger.text.lower().split()
    if not words or words[0] not in _INCIDENTS:
        return False
    before = mention.evidence.text[: mention.trigger.start - mention.evidence.start]
    return _ANOTHER.search(before) is not None


def answers_attack(mention: EventMention) -> bool:
    """Whether the mention is told by troops sent in answer to an attack fighting its attackers ('Soldiers
    sent to the area clashed with the assailants'): a battle after the attack, not the attack."""
    return RESPONDING_FORCES.match(mention.evidence.text) is not None


def first_told_apart(mentions: Iterable[EventMention]) -> tuple[str, int] | None:
    """(article id, evidence start) of the earliest of the mentions introduced as a further incident, or
    told as a fight of troops sent in answer to an attack."""
    starts = sorted(
        (m.article_id, m.evidence.start) for m in mentions if opens_another(m) or answers_attack(m)
    )
    return starts[0] if starts else None


def told_apart(apart: tuple[str, int] | None, sentences: frozenset[tuple[str, int]]) -> bool:
    """Whether a further incident introduced at `apart` comes after one of `sentences` of its article: what
    was told before it is another incident."""
    if apart is None:
        return False
    article, start = apart
    return any(told == article and at < start for told, at in sentences)
