"""An attack told as harming no one ('Rockets were fired at the town; no injuries were reported'): its toll
is none, not the toll of the attack its story told before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kronika.casualties.grievances import event_findings
from kronika.model import Detection
from kronika.nlp import span_text

# a report of no one hurt at all, not of one group spared ('no officers were hurt' leaves others who were)
HARMLESS = re.compile(
    r"\b(?:there\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?"
    r"(?:injur(?:y|ies)|casualt(?:y|ies)|deaths?)"
    r"|no\s+(?:immediate\s+)?(?:injur(?:y|ies)|casualt(?:y|ies))\s+(?:were|was|have\s+been|has\s+been)\s+"
    r"reported"
    r"|no\s+one\s+was\s+(?:hurt|injured)|nobody\s+was\s+(?:hurt|injured)"
    r"|without\s+(?:causing\s+)?(?:any\s+)?(?:injur(?:y|ies)|casualt(?:y|ies)))\b",
    re.IGNORECASE,
)


def told_harmless(doc: Doc, sentence: Span, incident: list[Span], detection: Detection) -> bool:
    """The event's sentence, or the next sentence of its paragraph (`incident`), reports no one harmed at
    all, and the event's sentence counts no one hurt or dead: the story's toll is another act's."""
    after = [s for s in incident if s.start_char >= sentence.end_char][:1]
    if not any(HARMLESS.search(span_text(s)) for s in [sentence, *after]):
        return False
    return not any(f.count for f in event_findings(doc, sentence, detection))
