"""A lead mob violence whose paragraph tells a clash at, during or after a rally or other protest is a
violent demonstration."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from kronika.model import Detection

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


# A protest told after "amid" in the clause that follows a clash is the backdrop of a wave of unrest, not the
# crowd the clash was fought by ("a mob clashed with police at the station, amid the outbreak of violence
# after the fall of the government, following anti-government demonstrations"): of ACLED's training notes
# that tell a clash at a protest event only so (and none of `_FACTIONS`), 8 are mob violence, 1 a violent
# demonstration and 1 'Other'; the rule made all of them violent demonstrations.
_BACKDROP: Final = re.compile(r"(\bclash[^.;]*?)(\bamid(?:st)?\b[^.;]*)", re.IGNORECASE)


def without_backdrop(paragraph: str) -> str:
    """The paragraph with the "amid ..." clause after a clash blanked, offsets kept (`_BACKDROP`)."""
    return _BACKDROP.sub(lambda found: found.group(1) + " " * len(found.group(2)), paragraph)


def _clash_at_protest(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells a clash at a protest event (`_RALLY_CLASH`), not only as its
    backdrop (`without_backdrop`), and no rival factions or celebration (`_FACTIONS`)."""
    paragraph = scope.paragraph
    return bool(_RALLY_CLASH.search(without_backdrop(paragraph))) and not _FACTIONS.search(paragraph)


# A lead mob violence told as a clash at, during, after or over a protest event ("Party men clashed with
# police during a procession in Feni.") and no rival factions or celebration is a violent demonstration.
rally_clashes: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}),
    tells=_clash_at_protest,
    becomes=VIOLENT_DEMONSTRATION,
)
