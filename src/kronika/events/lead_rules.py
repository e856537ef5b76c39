"""The lead and its paragraph as the retyping steps read them, and the one shape most of those steps share.

Most rules that retype a report's lead say the same three things: which codings of the lead they concern,
what the lead's sentence or paragraph must tell, and what the lead is coded as then. A `LeadRule` holds
just those, and is itself a step of `lead_steps`' tables; a rule it does not fit (one that recodes every
detection of the paragraph, or whose new coding depends on the classifier's reading) stays a function of
the same signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from kronika.events.classifier import AcledPrediction
from kronika.events.taxonomy import coded_as
from kronika.model import Detection


@dataclass(frozen=True)
class LeadScope:
    """One document's lead as the retyping steps read it."""

    doc: Doc
    text: str  # the article's text, which the offsets below count in
    first: int  # where the lead sentence starts
    lead_end: int  # where the lead's paragraph (the passage the classifier read) ends
    prediction: AcledPrediction | None  # the classifier's reading of that passage
    peaceful: bool  # whether that reading is surely a peaceful protest

    @property
    def paragraph(self) -> str:
        """The lead's paragraph: from the lead sentence's start to `lead_end`."""
        return self.text[self.first : self.lead_end]


@dataclass(frozen=True)
class LeadRule:
    """A lead coded as one of `readings` (and typed `plover`, where given) is coded as `becomes` when
    `tells` finds in it and its scope what the rule looks for. Called on a document's detections and the
    lead's scope, it is a step of `lead_steps`' tables (`apply_rule`)."""

    readings: frozenset[str]  # the ACLED sub-types the rule retypes
    tells: Callable[[Detection, LeadScope], bool]  # whether the lead's sentence or paragraph tells it
    becomes: str  # the ACLED sub-type the lead is coded as then, its PLOVER type kept
    plover: str | None = None  # the PLOVER type the lead must have, where the rule asks one

    def __call__(self, detections: Sequence[Detection], scope: LeadScope) -> list[Detection]:
        """The detections with the lead retyped where the rule applies (`apply_rule`)."""
        return apply_rule(self, detections, scope)

    def concerns(self, lead: Detection) -> bool:
        """Whether the lead is coded as one the rule retypes."""
        kind = lead.type
        of_plover = self.plover is None or kind.plover == self.plover
        return of_plover and kind.acled_sub_event_type in self.readings


@dataclass(frozen=True)
class ParagraphTells:
    """The test most rules' `tells` is: the lead's paragraph matches `told` and not `unless` (the words
    that make what it tells another thing: who did it, what it was about)."""

    told: re.Pattern[str]
    unless: re.Pattern[str]

    def __call__(self, lead: Detection, scope: LeadScope) -> bool:
        """Whether the lead's paragraph matches `told` and not `unless`."""
        paragraph = scope.paragraph
        return bool(self.told.search(paragraph)) and not self.unless.search(paragraph)


def apply_rule(rule: LeadRule, detections: Sequence[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with the lead (`lead_detection` of the sentence at `scope.first`) coded as
    `rule.becomes` when the rule concerns its coding and its test holds; else the detections as given."""
    lead = lead_detection(detections, scope.first)
    if lead is None or not rule.concerns(lead) or not rule.tells(lead, scope):
        return list(detections)
    return with_lead(detections, lead, coded_as(lead, rule.becomes))


def with_lead(detections: Sequence[Detection], lead: Detection, retyped: Detection) -> list[Detection]:
    """The detections with the lead replaced by its retyped self."""
    return [retyped if d is lead else d for d in detections]


def lead_detection(detections: Sequence[Detection], first: int) -> Detection | None:
    """The most confident asserted detection of the sentence that starts at `first`."""
    return max(
        (d for d in detections if d.sentence.start == first and d.modality == "asserted"),
        key=lambda d: d.confidence,
        default=None,
    )
