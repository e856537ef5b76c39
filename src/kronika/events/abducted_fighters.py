"""An abduction of soldiers, police or militiamen on duty is a battle with them, not violence on civilians."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.taxonomy import ABDUCTION, ARMED_CLASH, recoded
from kronika.model import Detection

# ACLED's abductions are of civilians; armed men carried off ("militants abducted two volunteer fighters",
# "a member of the Koglweogo was kidnapped") were taken from an armed side, which it codes as an armed
# clash. The armed: fighters, soldiers and police, and the self-defence militias a state arms or tolerates
# (volunteer fighters, VDPs, Koglweogo and Dozo members), named singly or in the plural.
_ARMED: Final = (
    r"(?:operatives?|fighters?|militants?|soldiers?|rebels?|militiam[ae]n|insurgents?|combatants?|troops|"
    r"policem[ae]n|police officers?|guerrillas?|(?:army|military|security) (?:officers?|personnel)|VDPs?|"
    r"(?:koglweogo|dozo) (?:members?|militiam[ae]n|fighters?)|members? of (?:the )?(?:koglweogo|dozo)s?)"
)
# The abducted named as the verb's object, up to two words before them ("abducted four volunteer
# fighters"), none opening another phrase ("abducted six farmers including two fighters": the farmers are
# the abducted), or as the subject of a passive ("two soldiers were kidnapped").
_ARMED_ABDUCTED: Final = re.compile(
    r"(?<![\w-])(?:abducted|kidnapped|abducting|kidnapping)\b (?:(?:a|an|the|at least|some|several|\d+|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozens of) )?"
    r"(?:(?!(?:from|by|after|before|when|while|as|and|with|in|at|on|near|of|to|for|including)\b)[\w-]+ )"
    rf"{{0,2}}?{_ARMED}\b(?!')"
    rf"|\b{_ARMED} (?:\w+ ){{0,3}}?(?:were|was|been|being) (?:\w+ )?(?:abducted|kidnapped)\b",
    re.IGNORECASE,
)
# An off-duty soldier or policeman is a civilian to ACLED; captives freed or exchanged are told for their
# release, not their capture.
_OFF_DUTY_OR_FREED: Final = re.compile(
    r"\boff[- ]duty\b|\b(?:releas\w*|freed|set free|handed over|swap\w*|exchang\w*)", re.IGNORECASE
)


def fighters_abducted(detection: Detection) -> Detection:
    """A detection read as an abduction whose sentence tells soldiers, police or militiamen abducted
    ("militants abducted two volunteer fighters"), none off duty or freed, is an armed clash. Of ACLED's
    training notes whose sentence says so, 5 are armed clashes, 1 an abduction and 2 attacks (one a
    militiaman told as a tax collector, one a policeman whose kidnappers the coders named as rebels)."""
    return recoded(detection, ABDUCTION, _ARMED_ABDUCTED, _OFF_DUTY_OR_FREED, ARMED_CLASH)
