"""A lead protest read as met with intervention whose police are told not acting is a peaceful one."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.blanks import blank, blank_clauses
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.protest_police import police_acted
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# Words that tell the police or forces at a protest did nothing to it: they "did not intervene" or
# "interfere", "no intervention was reported", the crowd left "without physical interaction", "no arrests
# were made". The police named beside them ("Police came to the scene but did not intervene", "There was
# a strong police presence, but no intervention") are there, not acting.
_NOT_ACTING: Final = (
    r"\b(?:did not|didn't|do not|does not|never|not) (?:intervene|interfere|interact|disperse|act|"
    r"arrest anyone|make any arrests|stop (?:it|them|the \w+))\b"
    r"|\bno (?:police |security |physical )?(?:intervention|interference|action)\b"
    r"|\bwithout (?:any )?(?:police |physical |security )?(?:intervention|interference|interaction)\b"
    r"|\bno (?:arrests?|one|detentions?) (?:was|were|has been|have been) "
    r"(?:made|reported|arrested|detained)\b"
    r"|\bno (?:arrests?|detentions?) (?:reported|made)\b"
    r"|\bno (?:one|protesters?|demonstrators?|participants?) (?:was|were) (?:arrested|detained)\b"
)
# So do police told only watching, deployed or there ("Officers monitored the march from a distance",
# "Hundreds of police personnel were deployed in the city"). A "police presence" alone is not: it is as
# often what met or deterred the crowd ("a significant police presence kept the protest from going ahead").
_ONLY_THERE: Final = (
    r"\b(?:police|officers|policemen|security forces|soldiers|police officers|security personnel|"
    r"police personnel)(?: were| was)? (?:\w+ )?(?:monitor(?:ed|ing)|observ(?:ed|ing)|watch(?:ed|ing)|"
    r"kept (?:an |a close )?(?:eye|watch)|stood by|looked on|(?:were|was) (?:deployed|present|stationed|"
    r"on standby)|present)\b"
)
_IDLE: Final = re.compile(f"{_NOT_ACTING}|{_ONLY_THERE}", re.IGNORECASE)
# A sentence that also tells some act of force, holding or stopping keeps it ("Police pushed the marchers
# back but did not arrest anyone", "Police shut down the march but no arrests were made", a crowd "met
# with a heavy police presence"): only a sentence of idle police is set aside.
_ACTING: Final = re.compile(
    r"arrest|detain|dispers|tear[- ]?gas|baton|lathi|fired|shot|shoot|beat|charg|push|shov|water cannon|"
    r"rubber|pepper|spray|clash|scuffl|remov|escort|kill|injur|wound|forc|chased|block|stopp|prevent|"
    r"cordon|tackl|tase|grab|drag|attack|interven(?:ed|ing)\b|shut|broke up|break up|clear|order|confiscat|"
    r"seiz|\bcit(?:ed|ation)|\bfined?\b|ticket|warn|halt|kettl|separat|\bmet\b",
    re.IGNORECASE,
)


def without_idle_police(paragraph: str) -> str:
    """The paragraph with each sentence that tells police not acting (`_IDLE`) and no act of force or
    holding besides (`_ACTING`) blanked, offsets kept."""
    return blank_clauses(paragraph, _only_idle)


def _only_idle(sentence: str) -> bool:
    """Whether the sentence tells police not acting and, with that blanked, no act of force or holding."""
    rest = blank(_IDLE, sentence)
    return rest != sentence and not _ACTING.search(rest)


def _police_idle(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph names police only in sentences that tell them not acting ("Workers
    marched to the mayor's office. Officers watched from a distance but did not intervene.")."""
    paragraph = scope.paragraph
    told = without_idle_police(paragraph)
    return told != paragraph and not police_acted(told)


# A lead protest with intervention whose police are told only as not acting is a peaceful protest. Of
# ACLED's protest training notes (peaceful, with intervention or with excessive force) that tell police
# acting or named at all (`protest_police.police_acted`) but, with such sentences blanked, not, all 43 are
# peaceful protests.
idle_police: Final = LeadRule(
    readings=frozenset({INTERVENTION}), plover="PROTEST", tells=_police_idle, becomes=PEACEFUL_PROTEST
)
