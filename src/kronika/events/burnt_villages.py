"""A lead coded as property destruction whose sentence tells a whole village burned is an attack."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ATTACK, LOOTING
from kronika.model import Detection

# Armed men who burn a village, not a house or a shop in it, drive its people out: ACLED codes that as
# an attack on civilians ("militias burned down a village", "gunmen burned the village of X", "their
# village was completely burned down"), where the classifier and `deadly_damage.harmless_arson` read
# property set on fire. Of ACLED's training notes whose first sentence tells a village burned so, 11
# are attacks and 1 is property destruction (the rest are battles, rapes, riots, bombings and arrests,
# which a reading of property destruction does not concern). Run on the 32 training notes any sentence of
# which tells a village burned so, it types 3 more right (an attack each) and 1 wrong (a herders' burning
# coded as property destruction).
_BURNT: Final = (
    r"(?:burn(?:ed|t|ing)(?: down)?|torched|torching|razed|razing|set (?:on )?fire to|setting fire to|"
    r"set ablaze)"
)
# the words between the verb and the village: counts and quantities ('burned 25 villages', 'most of the
# village'), up to two more words ('burned Jopa village'), none a preposition that makes the village the
# place of what burned ('burned houses in the village')
_QUANTITY: Final = (
    r"(?:(?:the|a|an|at least|over|more than|several|some|many|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|(?:most|parts?|all|much|half) of(?: the)?) ){0,3}"
)
_NOT_PLACE: Final = r"(?!(?:in|at|near|of|from|across|around|throughout|inside|outside|on|by|and|with)\b)"
# a village's building or body ('burned a village administration office', 'the village chief's house')
# is not the village
_VILLAGE: Final = (
    r"(?:villages?|hamlets?)\b"
    r"(?! (?:chief|head|market|school|mosque|church|council|elder|leader|administration|office|hall|"
    r"home)s?\b)"
)
_VILLAGE_BURNT: Final = re.compile(
    rf"\b{_BURNT} (?:down )?{_QUANTITY}(?:{_NOT_PLACE}[\w'-]+ ){{0,2}}?{_VILLAGE}"
    rf"|\b{_VILLAGE}(?: {_NOT_PLACE}[\w'-]+){{0,3}}? (?:was|were|had been|have been)(?: \w+)? "
    r"(?:burn(?:ed|t)|torched|razed|set (?:on )?fire|set ablaze)",
    re.IGNORECASE,
)


def _village_burnt(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a village burned ("Gunmen burned down the village of Tala.")."""
    return bool(_VILLAGE_BURNT.search(lead.sentence.text))


# A lead coded as property destruction whose sentence tells a village burned is an attack.
burnt_villages: Final = LeadRule(readings=frozenset({LOOTING}), tells=_village_burnt, becomes=ATTACK)
