"""A lead air strike that air defences or anti-aircraft fire answered is an armed clash: both sides fired."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import AIR_STRIKE, ARMED_CLASH

# Air defences or anti-aircraft fire that met the strike ("regime air defences attempted to intercept the
# missiles", "the missiles were intercepted by air defences", "RSF responded with anti-aircraft fire")
# make the strike a fight of two armed sides, which ACLED codes as an armed clash. Of its training notes
# that tell an air strike or raid met so, 3 of 3 are armed clashes (of all its training notes telling air
# defences or anti-aircraft fire answering, 3 of 4: the fourth tells a missile intercepted, no air strike,
# a disrupted weapon's use), and so are both study notes of Israeli raids the Syrian air defences met.
_AIR_DEFENCE: Final = (
    r"(?:air[- ]defen[cs]es?(?: systems?| batteries| units?)?|"
    r"anti-?aircraft (?:fire|guns?|missiles?|batteries|weapons))"
)
_ANSWERED: Final = re.compile(
    rf"\b{_AIR_DEFENCE}\b[^.]{{0,80}}?\b(?:intercept\w*|respond\w*|confront\w*|engag\w*|"
    r"(?:fired|shot) at)\b"
    rf"|\bintercepted by (?:the )?(?:[\w'’-]+ ){{0,3}}?{_AIR_DEFENCE}"
    rf"|\b(?:respond\w*|retaliat\w*|answer\w*) (?:\w+ ){{0,3}}?(?:with |by )?{_AIR_DEFENCE}",
    re.IGNORECASE,
)
# Words that make the air defences' act no answer to this strike: a drill, or a test or display of them.
_NO_ANSWER: Final = re.compile(r"\b(?:drills?|exercises?|tested|test-fired|parade)\b", re.IGNORECASE)

# A lead air strike whose paragraph tells air defences or anti-aircraft fire answering it is an armed clash.
answered_strikes: Final = LeadRule(
    readings=frozenset({AIR_STRIKE}),
    plover="ASSAULT",
    tells=ParagraphTells(_ANSWERED, _NO_ANSWER),
    becomes=ARMED_CLASH,
)
