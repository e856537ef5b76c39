"""A lead riot or attack whose paragraph names an armed clash is ACLED's armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from kronika.model import Detection

# A report that calls its fight an armed clash ("over a hundred villagers were hurt in an armed clash
# between two villages") names ACLED's own sub-type: of its training notes that say "armed clash", 97% (665
# of 686) are armed clashes, 4 attacks. The classifier reads some by the injuries or the looting alone.
_ARMED_CLASH: Final = re.compile(r"\barmed clash(?:es)?\b", re.IGNORECASE)


def _clash_named(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph calls the fight an armed clash ("Two villages fought over a pond. Many
    were hurt in the armed clash.")."""
    # Searched in the text between the paragraph's offsets, as the rule always has: a word character just
    # before the lead would block the `\b` here, where it would not in the sliced paragraph.
    return bool(_ARMED_CLASH.search(scope.text, scope.first, scope.lead_end))


# A lead attack, mob violence or violent demonstration whose paragraph names an armed clash is one.
named_clashes: Final = LeadRule(
    readings=frozenset({ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION}), tells=_clash_named, becomes=ARMED_CLASH
)
