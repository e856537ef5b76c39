"""A lead attack its sentence tells as an operation, raid or offensive against armed men is an armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.model import Detection

# An operation, raid, offensive, crackdown or assault against militants, a militia, rebels, bandits, a gang
# or their hideout, base or camp ("a security operation against a group of cattle-raiding militia", "a
# raid on a rebel camp") was made on armed men: ACLED codes it as an armed clash. Of its Attack or Armed
# clash training notes whose first sentence says so, 21 of 22 are armed clashes (of all its training notes
# that do, 21 of 28: three 'Other', two agreements and an air strike besides). A raid on a cattle camp, a
# refugee camp or a village is on civilians, and is not told by these words.
_ARMED_MEN: Final = (
    r"(?:militias?|militiam[ae]n|militants?|rebels|bandits|insurgents|gangs?|gunmen|jihadists|terrorists|"
    r"fighters|hideouts?|"
    r"(?:militant|rebel|insurgent|militia|terrorist|jihadist|armed group)(?:'s|s'|s)? "
    r"(?:bases?|camps?|positions|strongholds?))"
)
_OPERATION_AGAINST: Final = re.compile(
    r"\b(?:operations?|offensives?|raids?|crackdowns?|assaults?) (?:against|on|targeting) "
    rf"(?:an? |the )?(?:group of |suspected |alleged )?(?:[\w-]+ ){{0,2}}?{_ARMED_MEN}\b",
    re.IGNORECASE,
)


def _operation_against_armed_men(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells an operation or raid against armed men ("Troops carried out an
    operation against bandits in the hills, killing six.")."""
    return bool(_OPERATION_AGAINST.search(lead.sentence.text))


# A lead attack told as an operation against armed men is an armed clash.
armed_operations: Final = LeadRule(
    readings=frozenset({ATTACK}), plover="ASSAULT", tells=_operation_against_armed_men, becomes=ARMED_CLASH
)
