"""People counted hurt right after a protest that turned violent or met force ('At least 30 workers were
injured in the clashes', '18 police officers were injured'): the crowd's harm, typed as its protest."""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.taxonomy import ATTACK, EXCESSIVE_FORCE, INTERVENTION, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection
from kronika.nlp import sentences

# The words of a bare count of people hurt: no one said to have done it
_HURT: Final = frozenset({"injure", "hurt", "wound"})
# A protest that turned violent or met force, whose harm a next sentence counts
_FORCEFUL: Final = frozenset({VIOLENT_DEMONSTRATION, INTERVENTION, EXCESSIVE_FORCE})
# How many sentences after the protest the count may come: a wire story's next paragraph or the one after
_REACH: Final = 2
# Harm that armed men, a bomb or a blade did is an attack of its own, not the crowd's
_ARMED_HARM: Final = re.compile(
    r"\b(?:gunm[ae]n|assailants?|attackers?|militants?|bomb\w*|blasts?|explosions?|grenades?|stabb\w*|"
    r"knives|knife|machetes?|gunfire|shot\s+dead|opened\s+fire)\b",
    re.IGNORECASE,
)


def crowd_harm(doc: Doc, found: list[Detection]) -> list[Detection]:
    """The detections with each bare count of people hurt, told within two sentences after a protest that
    turned violent or met force and naming no one who hurt them, coded as that protest (its PLOVER harm
    kept, as a crowd's harm is): the protest's harm, which merges with it, not an attack on civilians."""
    order = {s.start_char: i for i, s in enumerate(sentences(doc))}
    told = sorted((d for d in found if d.modality == "asserted"), key=lambda d: d.sentence.start)
    retyped: dict[int, Detection] = {}
    for detection in told:
        protest = _protest_before(detection, told, order)
        if protest is not None and _bare_hurt(doc, detection):
            retyped[id(detection)] = coded_as(detection, protest.type.acled_sub_event_type or ATTACK)
    return [retyped.get(id(d), d) for d in found]


def _protest_before(detection: Detection, told: list[Detection], order: dict[int, int]) -> Detection | None:
    """The forceful protest (coded so, whatever the PLOVER type of its words: 'clashed with police') told
    last before the detection's sentence, within `_REACH` sentences of it, no other codable event between."""
    here = order.get(detection.sentence.start)
    earlier = [d for d in told if d.sentence.start < detection.sentence.start and d.type.acled_event_type]
    if here is None or not earlier:
        return None
    last = earlier[-1]
    there = order.get(last.sentence.start)
    if there is None or here - there > _REACH:
        return None
    return last if last.type.acled_sub_event_type in _FORCEFUL else None


def _bare_hurt(doc: Doc, detection: Detection) -> bool:
    """Whether the detection is people told hurt and nothing else: an attack by its reading, triggered by a
    word of hurt no agent is named for ('were injured', not 'were injured by gunmen')."""
    if detection.type.plover != "ASSAULT" or detection.type.acled_sub_event_type not in (ATTACK, None):
        return False
    span = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _HURT:
        return False
    return not _agent(span.root) and _ARMED_HARM.search(detection.sentence.text) is None


def _agent(verb: Token) -> bool:
    """Whether a passive names who did it ('injured by police')."""
    return any(c.dep_ == "agent" for c in verb.children)
