"""An accusation the classifier reads as the violence it charges, where no word of the charge was found as
an event of its own ('accused the army of planting landmines'): the violence, done by the accused."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.charges import charge
from kronika.events.rules import RULE_BREAKING
from kronika.events.spans import np_span
from kronika.events.taxonomy import ACLED_TO_PLOVER
from kronika.model import Article, Detection

# The charge must tell an act by a verb ('of raping two women'): a charge named by a noun ('blamed X for
# the bombing') points at an event told elsewhere, and the accusation itself is the news.
_VIOLENT: Final = frozenset({"ASSAULT", "COERCE"})


def charged_reading(doc: Doc, article: Article, detection: Detection) -> Detection:
    """The accusation as the violence the classifier reads in its sentence, with the accused as its doers,
    where its charge is an act told by a verb; any other detection unchanged."""
    reading = ACLED_TO_PLOVER.get(detection.type.acled_sub_event_type or "")
    if detection.type.plover != "ACCUSE" or reading is None or reading.plover not in _VIOLENT:
        return detection
    sent = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    verb = next((t for t in sent if t.idx == detection.trigger.start), None) if sent else None
    found = charge(verb) if verb is not None else None
    if sent is None or verb is None or found is None or not found.weighs or not found.accused:
        return detection
    if not _told_by_verb(verb):
        return detection
    kind = replace(detection.type, plover=reading.plover, mode=reading.mode)
    accused = tuple(np_span(article, t, sent) for t in found.accused)
    return replace(detection, type=kind, actor_spans=accused)


def _told_by_verb(verb: Token) -> bool:
    """Whether an accusation's 'of' phrase holds a gerund of some act other than breaking a rule."""
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    phrases = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    gerunds = [g for p in phrases for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return bool(gerunds) and all(g.lemma_.lower() not in RULE_BREAKING for g in gerunds)
