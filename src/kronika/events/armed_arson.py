"""Property an armed group burnt, no one harmed, is ACLED's looting/property destruction, never a riot."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.taxonomy import LOOTING, MOB_VIOLENCE, VIOLENT_DEMONSTRATION, recoded
from kronika.model import Detection

# Rebels, Maoists or militants setting fire to things: of ACLED's training notes whose first sentence tells
# so and no one killed, hurt or taken, 99 of 118 are looting/property destruction (10 attacks, 8 armed
# clashes), none a riot, which a crowd's burning is
_ARMED_BURNING: Final = re.compile(
    r"\b(?:maoists?|naxal\w*|militants|rebels|insurgents)\b[^.]{0,60}"
    r"\b(?:set ablaze|torched|set fire|set on fire|burnt|burned)\b",
    re.IGNORECASE,
)
_HARM: Final = re.compile(r"kill|injur|wound|shot|dead|abduct", re.IGNORECASE)
_RIOTS: Final = frozenset({VIOLENT_DEMONSTRATION, MOB_VIOLENCE})


def armed_arson(detection: Detection) -> Detection:
    """A riot reading whose sentence tells an armed group burning property and harms no one ('suspected
    Maoists set ablaze three vehicles engaged in road work') is property destruction."""
    return recoded(detection, _RIOTS, _ARMED_BURNING, _HARM, LOOTING)
