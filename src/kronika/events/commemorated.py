"""A past event a sentence commemorates ('to commemorate the 1998 riot', 'the anniversary of the massacre'),
which is the occasion of the sentence's event, not an event of its own nor a sign of a crowd's violence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.taxonomy import PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection

# Verbs whose object is a past event honoured: "commemorated the riot", "mourned the massacre".
COMMEMORATING: Final = frozenset({"commemorate", "remember", "honour", "honor", "mourn"})
# Nouns of a past event's memory: "the anniversary of the massacre", "in memory of the killing".
MEMORY: Final = frozenset({"anniversary", "memory", "commemoration", "remembrance", "memorial"})


def commemorated(token: Token) -> bool:
    """Whether the trigger names what a sentence commemorates: the object of a commemorating verb or the
    event after a noun of memory ("the anniversary of the killings"), or one coordinated with it.

    Of ACLED's training notes whose first sentence commemorates, marks the anniversary of or remembers a
    riot, massacre, killing, attack, clash, war or uprising, 85% (60 of 71) are peaceful protests and 2
    violent demonstrations: the violence named is the occasion, not what the crowd did."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ in {"dobj", "obj"}:
        return head.lemma_.lower() in COMMEMORATING
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in MEMORY
    return False


# Words of violence a report may tell: where all of them lie in what it commemorates, the crowd did none
# of it.
REMEMBERED_VIOLENCE: Final = frozenset(
    {
        "riot", "rioting", "clash", "violence", "violent", "massacre", "killing", "kill", "attack",
        "fighting", "fight", "bombing", "shooting", "shoot", "stone", "burn", "torch", "loot", "vandalise",
        "vandalize", "damage", "injure", "wound", "beat", "uprising", "war", "genocide", "pogrom",
        "crackdown",
    }
)  # fmt: skip


def peaceful_remembrance(doc: Doc, detections: Sequence[Detection]) -> list[Detection]:
    """The detections with each protest coded as a riot recoded as a peaceful protest where every word of
    violence the report tells lies in what it commemorates ("held a demonstration to commemorate the 1998
    riot, which killed six people"): ACLED codes the crowd, not its occasion (see `commemorated`)."""
    if not any(_riot(d) for d in detections):
        return list(detections)  # nothing to recode: spare the walk over every token
    violence = [t for t in doc if t.lemma_.lower() in REMEMBERED_VIOLENCE]
    # a word lies in what is commemorated where it or a word above it is commemorated: climbing from the
    # few words of violence spares testing every token of the document
    if not violence or not all(any(commemorated(a) for a in (t, *t.ancestors)) for t in violence):
        return list(detections)
    return [coded_as(d, PEACEFUL_PROTEST) if _riot(d) else d for d in detections]


def _riot(detection: Detection) -> bool:
    """Whether the detection is a protest coded as a violent demonstration."""
    return detection.type.plover == "PROTEST" and detection.type.acled_sub_event_type == VIOLENT_DEMONSTRATION
