"""An attack told as harming no one ('Rockets were fired at the town; no injuries were reported'): its toll
is none, not the toll of the attack its story told before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kronika.casualties.grievances import event_findings
from kronika.model import Casualties, Detection
from kronika.nlp import span_text

NO_DEATHS = re.compile(r"casualt|death", re.IGNORECASE)
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


# a report that says its toll is not known ('without giving casualty figures', 'it was not clear whether
# there were casualties'): the event's toll is unknown, not the story's, which is another act's
UNTOLD = re.compile(
    r"\b(?:without\s+giving\s+(?:any\s+)?(?:casualty|death)\s+(?:figures?|tolls?|details)"
    r"|(?:did|does|would)\s+not\s+(?:give|provide|say)\s+(?:any\s+|a\s+)?(?:casualty|death)\s+(?:figures?|tolls?)"
    r"|(?:not|un)\s*(?:immediately\s+)?clear\s+(?:whether|if)\s+there\s+were\s+(?:any\s+)?casualties)\b",
    re.IGNORECASE,
)


def harmless_toll(doc: Doc, sentence: Span, incident: list[Span], detection: Detection) -> Casualties | None:
    """The toll of an event its sentence, or the next sentence of its paragraph (`incident`), tells as
    harming no one, where its own sentence counts no one hurt or dead: no one hurt (and no one dead where
    the words are of casualties or deaths), not the story's toll, which is another act's; likewise none
    known for one its sentence tells with its toll unknown (`UNTOLD`). None for any other event."""
    after = [s for s in incident if s.start_char >= sentence.end_char][:1]
    found = [m for s in [sentence, *after] if (m := HARMLESS.search(span_text(s))) is not None]
    untold = UNTOLD.search(span_text(sentence)) is not None
    if not (found or untold) or any(f.count for f in event_findings(doc, sentence, detection)):
        return None
    if not found:
        return Casualties()  # 'shelled positions near the town, without giving casualty figures'
    # 'no reports of injuries' says nothing of the dead; 'no casualties', 'no deaths' does
    dead_told = any(NO_DEATHS.search(m.group(0)) for m in found)
    return Casualties(fatalities=0 if dead_told else None, injured=0)
