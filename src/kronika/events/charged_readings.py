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
_RULE_STEMS: Final = frozenset(v.removesuffix("e") for v in RULE_BREAKING)


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
    if not _told_by_verb(found.of_phrases):
        return detection
    kind = replace(detection.type, plover=reading.plover, mode=reading.mode)
    accused = tuple(np_span(article, t, sent) for t in found.accused)
    return replace(detection, type=kind, actor_spans=accused)


def _told_by_verb(phrases: tuple[Token, ...]) -> bool:
    """Whether a charge's 'of' phrases open with a gerund ('of forcibly recruiting', 'of planting
    landmines': the parser may tag it a noun or a modifier) of some act other than breaking a rule."""
    firsts = [_first_word(p) for p in phrases]
    gerunds = [w for w in firsts if w is not None and w.tag_ in ("VBG", "NN") and w.lower_.endswith("ing")]
    return bool(gerunds) and not any(_breaks_rule(g) for g in gerunds)


def _first_word(preposition: Token) -> Token | None:
    """The word after a preposition, past adverbs ('of forcibly recruiting')."""
    doc = preposition.doc
    i = preposition.i + 1
    while i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return doc[i] if i < len(doc) else None


def _breaks_rule(gerund: Token) -> bool:
    """'violating a truce', even where the parser reads the gerund as a noun (lemma 'violating')."""
    stem = gerund.lower_.removesuffix("ing")
    return gerund.lemma_.lower() in RULE_BREAKING or stem in _RULE_STEMS
