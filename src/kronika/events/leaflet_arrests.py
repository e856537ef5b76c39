"""A lead read as a protest whose sentence tells people arrested handing out leaflets for one is an arrest."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARRESTS, INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# People arrested or detained as, while or for handing out leaflets, flyers or pamphlets ("police detained
# twelve activists as they handed out flyers for Friday's rally", "ten students were arrested for
# distributing leaflets"): the protest the leaflets announce had not begun.
_ARRESTED: Final = r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|rounded up)\b"
_HANDING_OUT: Final = (
    r"\b(?:distribut(?:ed|ing|e)|hand(?:ed|ing) out|spread(?:ing)?|circulat(?:ed|ing)|pass(?:ed|ing) out)\b"
    r"(?: \w+){0,2} (?:leaflets?|flyers?|fliers?|pamphlets?|handbills?)\b"
)
_LEAFLET_ARREST: Final = re.compile(rf"{_ARRESTED}[^.;]{{0,120}}?{_HANDING_OUT}", re.IGNORECASE)
# Someone hurt or ill-treated makes the arrest ACLED's attack; a protest told under way ("protesters
# handing out leaflets were detained during the march") is the protest's own intervention.
_MORE: Final = re.compile(
    r"\bbeat|\btortur|ill-?treat|\binjur|\bwound|\bkill|\bshot\b|\bassault|\bkick|\btear ?-?gas|"
    r"\b(?:during|at) (?:the|a|their) (?:\w+ )?(?:protest|demonstration|rally|march)\b|\bprotesters\b|"
    r"\bdemonstrators\b",
    re.IGNORECASE,
)


def _leaflets_handed(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells people arrested handing out leaflets, no one harmed, no protest
    under way."""
    sentence = lead.sentence.text
    return bool(_LEAFLET_ARREST.search(sentence)) and not _MORE.search(sentence)


# A lead read as a protest (peaceful or met with intervention) whose sentence tells people arrested as they
# handed out leaflets (for a demonstration yet to come) is an arrest. Of ACLED's training notes that tell
# people arrested or detained with leaflets, 8 of 16 are arrests, 6 attacks (ill-treatment or a beating
# told) and 2 protests with intervention (protests under way); all 6 whose note tells the arrest so and
# none of the words above are arrests. The pipeline read two of them as protests with intervention.
leaflet_arrests: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION}),
    tells=_leaflets_handed,
    becomes=ARRESTS,
)
