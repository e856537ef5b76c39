"""A lead attack or armed clash in which vigilantes harm a suspected thief or witch is mob violence."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE
from kronika.model import Detection

# Vigilantes who beat, lynch or shoot someone they take for a thief, a robber, a killer or a witch take the
# law into their own hands: ACLED codes that as mob violence, even when the vigilantes bore guns ("a
# vigilante group shot dead two suspected thieves"), which the classifier and the actor lexicon (a vigilante
# group is a militia there) read as an attack or a clash between armed sides. Of ACLED's training notes that
# name vigilantes (not a vigilante militia, committee or force, which ACLED codes as an armed militia) and a
# suspected culprit, and name no protest, police, soldiers, clash, fight, raiders, rebels or gunmen, all 41
# are mob violence. Those that name a clash or raiders are armed clashes between the vigilantes and a gang
# ("clashes between vigilante youth and suspected cattle raiders"), which the last pattern keeps.
_VIGILANTES: Final = re.compile(
    r"\bvigilantes?\b(?![- ](?:militias?|style|committees?|forces?))",
    re.IGNORECASE,
)
_SUSPECTED_CULPRIT: Final = re.compile(
    r"\b(?:suspected|alleged|presumed|accused|suspicion|suspecting|suspect)\b[^.]{0,40}?"
    r"\b(?:thie(?:f|ves)|theft|robbers?|robbery|kidnappers?|witch\w*|rustlers?|muggers?|burglars?|criminals?|"
    r"murder\w*|sorcer\w*|stealing)\b"
    r"|\bthie(?:f|ves)\b",
    re.IGNORECASE,
)
_ARMED_OR_CROWD: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|\bmarch|riot|polic|\barmy\b|soldier|forces|troops|military|clash|"
    r"fight|exchange|raiders|rebel|militant|gunm[ae]n",
    re.IGNORECASE,
)


def _vigilante_justice(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph names vigilantes and a suspected culprit, and no protest, force, fight
    or armed group ("A band of vigilantes beat a suspected burglar to death.")."""
    paragraph = scope.paragraph
    return (
        bool(_VIGILANTES.search(paragraph))
        and bool(_SUSPECTED_CULPRIT.search(paragraph))
        and not _ARMED_OR_CROWD.search(paragraph)
    )


# A lead attack or armed clash told as vigilantes harming a suspected culprit is mob violence.
vigilante_justice: Final = LeadRule(
    readings=frozenset({ATTACK, ARMED_CLASH}), tells=_vigilante_justice, becomes=MOB_VIOLENCE
)
