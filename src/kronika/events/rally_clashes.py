"""A lead mob violence whose paragraph tells a clash at, during or after a rally or other protest is a
violent demonstration."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import MOB_VIOLENCE, VIOLENT_DEMONSTRATION

# A clash told at, during, after or over a protest event ("activists clashed with police during a
# procession", "following the rally, the two groups clashed") is that crowd's riot, which came to
# demonstrate: of ACLED's riot training notes whose text says so, 90% (606 of 673) are violent
# demonstrations and 10% (67) mob violence; of those naming no rival, rebel or faction, no feud or
# infighting and no celebration (a party's own factions that clash at its rally are a mob: 12 of 20),
# 93% (582 of 627). The classifier reads some such clashes by the clash alone.
_PROTEST_EVENT: Final = (
    r"(?:during|after|following|at|over) (?:a |the |their |an )?(?:[\w-]+ ){0,3}"
    r"(?:rally|procession|demonstration|protest|march|human chain|hartal|strike|blockade)s?\b"
)
_RALLY_CLASH: Final = re.compile(
    rf"\bclash[^.]*\b{_PROTEST_EVENT}|\b{_PROTEST_EVENT}[^.]*\bclash", re.IGNORECASE
)


# A victory procession or a rally marking an anniversary ("during a rally marking the party's founding
# anniversary") is a celebration too, whoever the crowd clashed with: of ACLED's training notes that tell a
# clash at a protest event so (and none of the words above), all 13 are mob violence, none a violent
# demonstration.
_FACTIONS: Final = re.compile(
    r"rival|rebel|faction|celebrat|internal|infight|feud|\bvictory\b|anniversar", re.IGNORECASE
)


# A lead mob violence told as a clash at, during, after or over a protest event ("Party men clashed with
# police during a procession in Feni.") and no rival factions or celebration is a violent demonstration.
rally_clashes: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}),
    tells=ParagraphTells(_RALLY_CLASH, _FACTIONS),
    becomes=VIOLENT_DEMONSTRATION,
)
