"""A place named as the home of a party or union unit whose member the text speaks of ('an activist of
Satkhira district Jamaat-e-Islami was killed at Ramnagar'): the member's unit, not the event's scene."""

from __future__ import annotations

import re

# The member's role right before 'of' and the name: 'a leader of', 'the joint convener of the'.
_ROLE_OF = re.compile(
    r"\b(?:activist|leader|member|president|secretary|convener|chairman|chairperson|councillor|worker|"
    r"cadre|commander|organi[sz]er)s?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The unit's level after the name, then the unit or the body itself: 'district Jamaat-e-Islami',
# 'city unit', 'district branch', 'district student union'. A level alone ('a leader of Feni district
# was killed') may name the scene as well as the home, and is left alone.
_LEVELS = r"district|upazila|city|union|municipal|municipality|zila|ward|metropolitan|pourashava"
_BODY = r"(?:unit|branch|chapter|committee|students?['’]?\s+union|[A-Z])"
_UNIT_AFTER = re.compile(rf"^\s+(?:{_LEVELS})\s+{_BODY}")
_UNIT = re.compile(rf"^\s+{_BODY}")  # after a name that took its level in: 'Satkhira district'
# A later word pointing back to the unit's level names its home as the scene after all.
_BACK_TO_UNIT = re.compile(rf"\b(?:in|at|of|inside) the (?:same )?(?i:{_LEVELS}|town)\b")
ROLE_CHARS = 60  # before a name, as far as the member's role and its 'of' may stand
BACK_CHARS = 200  # the rest of a note's sentence, as far as it may point back to the unit's home
_LEVEL_END = re.compile(rf"\s(?i:{_LEVELS})$")


def unit_home(text: str, start: int, end: int) -> bool:
    """Whether the place name at text[start:end] is written as the home of a party or union unit a
    member of which the text names ('president of Rajbari district student union', 'leader of Dhaka
    city unit'): where that member belongs, which says nothing of where the event happened."""
    if _ROLE_OF.search(text[max(0, start - ROLE_CHARS) : start]) is None:
        return False
    level = _LEVEL_END.search(text[start:end])  # 'Satkhira district' read as one name
    after = text[end : end + 40]
    unit = (_UNIT.match(after) if level else _UNIT_AFTER.match(after)) is not None
    # '... of Moheshkhali upazila unit, was shot dead at a bazar in the upazila': the home is the scene
    return unit and _BACK_TO_UNIT.search(text[end : end + BACK_CHARS]) is None
