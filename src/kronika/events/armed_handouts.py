"""A gang, cartel or armed group handing out food or aid, nothing else coded: a change of its activity."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from kronika.events.lead_rules import LeadScope, lead_detection, with_lead
from kronika.events.taxonomy import GROUP_ACTIVITY, acled_event_type
from kronika.model import Detection, EventType, Span
from kronika.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ACLED codes an armed or criminal group handing out food, aid or gifts to people ("members of the gang
# delivered boxes of food to families during the lockdown") as a change to that group's activity, a
# strategic development: of its training notes whose text tells such a group delivering, distributing,
# handing out or donating food, aid, supplies, packages or gifts, 2 of 3 are so coded; the third (an
# attack) is of an aid worker shot by an armed group after delivering supplies, which the rule leaves to
# its attack, as it reads only texts in which nothing else is coded.
_HANDOUT: Final = re.compile(
    r"\b(?:gangs?|cartels?|CJNG|criminal (?:groups?|organi[sz]ations?)|militias?|militants?|rebels?|"
    r"insurgents?|armed groups?|fighters)\b[^.]{0,80}?"
    r"\b(?P<verb>deliver(?:ed|ing)?|distribut(?:ed|ing)|hand(?:ed|ing) out|gave out|giving out|"
    r"donat(?:ed|ing))\b"
    r"[^.]{0,40}?\b(?:food|groceries|aid|supplies|packages|boxes|toys|gifts|medicines?|masks)\b",
    re.IGNORECASE,
)


def armed_handouts(detections: list[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with the lead's surest one told as the handout (PLOVER AID, ACLED change to group
    activity) where its sentence tells an armed or criminal group handing out food or aid and no asserted
    detection of the text is coded in ACLED (the lead's trigger is then a word of its setting: 'during
    the suspension of activities caused by the pandemic')."""
    asserted = [d for d in detections if d.modality == "asserted"]
    if any(d.type.acled_sub_event_type is not None for d in asserted):
        return detections
    lead = lead_detection(detections, scope.first)
    handout = _HANDOUT.search(lead.sentence.text) if lead is not None else None
    if lead is None or handout is None:
        return detections
    kind = EventType("AID", "humanitarian", acled_event_type(GROUP_ACTIVITY), GROUP_ACTIVITY)
    givers = _givers(scope.doc, lead.sentence.start + handout.start("verb")) or lead.actor_spans
    return with_lead(detections, lead, replace(lead, type=kind, actor_spans=givers))


def _givers(doc: Doc, verb_at: int) -> tuple[Span, ...]:
    """The subject of the handout verb at character `verb_at`, whole ('members of the Red Hand gang'), as
    the handout's doers: the lead's own trigger may be a word of its setting, whose clause names none, and
    a change to group activity with no named doer goes to the first authority its sentence names ('in the
    municipality of ...'); none where the parse gives no subject."""
    verb = doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
    subjects = [c for c in verb.root.children if c.dep_ == "nsubj"] if verb is not None else []
    if not subjects:
        return ()
    words = list(subjects[0].subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return (Span(start, end, doc_text(doc)[start:end]),)
