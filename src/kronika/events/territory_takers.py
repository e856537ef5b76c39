"""Who took a place: a state's own forces taking or retaking one is a government regaining territory."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.taxonomy import DISRUPTED_WEAPONS, GOVERNMENT_REGAINS, LOOTING, TERRITORY_TAKEN, coded_as
from kronika.model import Detection

# A state's own forces as the coders' notes name them: its army, military, troops, soldiers, police or
# gendarmes, its government, security, armed, federal or defence forces, or a national army by its acronym
# (the Congolese FARDC, Sudan's SAF, Mali's FAMa, Ethiopia's ENDF, Somalia's SNA, Afghanistan's ANA, South
# Sudan's SPLA, not its opposition SPLA-IO or Sudan's SPLA-N).
# Not force_words' core alone, nor with the men on duty: those name a force's men on the ground (officers,
# constables, Ansar), who seize goods, not land; this names the state as a body that holds territory (its
# government, regime, armed forces, a national army's acronym), with the core's words in the forms it was
# counted with (police and soldiers alone, no officers: police in any form and a lone soldier would find the
# state taking in 2 more training notes' first sentences, both peaceful protests). Of the 734 training notes
# whose first sentence tells a taking, the union of the three old lists would find the state taking in 3
# more, none territory: police who seized tricycles or a convoy's trucks (2 peaceful protests, 1 attack).
_STATE_WORDS: Final = (
    fw.CORE.replacing(r"police\w*", "police").replacing(r"soldiers?", "soldiers").without(r"officers?")
    + fw.STATE_ITSELF
    + fw.COMMANDED_FORCES
)
_STATE_FORCES: Final = re.compile(
    rf"\b(?:{_STATE_WORDS.group}|"
    r"FARDC|SAF|FAMa|ENDF|Tatmadaw|SNA|ANA|ANDSF|SPLA(?![-/ ]*(?:IO|M-IO|N|M-N)\b))\b",
    re.IGNORECASE,
)
# Words that make the takers a non-state group, or a side beside or against the state ("rebels who took
# control", "pro-government militia", "opposition forces", "the Sudan People's Liberation Movement"):
# told with them, the state words name whom they fought, not who took the place.
_NON_STATE: Final = re.compile(
    r"\b(?:rebels?|militants?|militia\w*|insurgents?|opposition|guerrillas?|jihadists?|fighters|"
    r"liberation|movement|front|pro-\w+|anti-\w+|IO|SPLM-N|SPLA-N|JEM|SLA|SLM|SRF|TPLF|Shabaab|Taliban|"
    r"ISIS|ISGS|JNIM|Houthis?|HTS|Boko Haram|ADF|M23|NPA|BIFF)\b",
    re.IGNORECASE,
)
# Where the clause of the taking verb begins: after a comma, semicolon or a conjunction that opens
# another clause ("killed two soldiers and took control of", "after rebels had taken control").
_CLAUSE_BREAK: Final = re.compile(r"[,;:]|\b(?:and|after|when|while|as|since|but|who|which)\b", re.IGNORECASE)


def taken_by_state(sentence: str, verb_start: int) -> bool:
    """Whether the clause of the taking verb that starts at `verb_start` in `sentence` names a state's own
    forces before it ("the army retook the town", "government soldiers recovered territory") and no
    non-state group ("rebels took control of the army's base")."""
    before = sentence[:verb_start]
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(before)]
    clause = before[breaks[-1] :] if breaks else before
    return bool(_STATE_FORCES.search(clause)) and not _NON_STATE.search(clause)


# Retaking a place ("recaptured", "re-captured", "retook", "retaken", "reclaimed", "regained"): of ACLED's
# training notes whose first sentence tells a state's forces (`taken_by_state`) retaking something, 47
# in all, 19 are coded as the government regaining territory, 16 as armed clashes and 5 as attacks; none
# as a non-state actor overtaking territory, as looting or as a weapon's use disrupted, the readings the
# object of "captured" or "recovered" alone leads the classifier to ("the military re-captured the town").
_RETAKEN: Final = re.compile(
    r"\b(?:re-?captur(?:ed|es?|ing)|retook|retaken|retakes?|retaking|re-?claim(?:ed|s)?|re-?gain(?:ed|s)?)\b",
    re.IGNORECASE,
)
# The readings a state's retaking of a place is never coded as.
_NEVER_RETAKEN: Final = frozenset({TERRITORY_TAKEN, LOOTING, DISRUPTED_WEAPONS})
# Taking a place the first time ("captured", "seized", "overran", "took over"): what the state's forces
# took may be weapons, men or goods (of the training notes whose first sentence tells them so, 30 are
# coded as disrupted weapons use, 13 as looting), so only a reading of territory overtaken is retyped: of
# those notes coded as territory taken, 11 are the government regaining it and 3 a non-state actor
# overtaking it.
_TAKEN: Final = re.compile(
    r"\b(?:captur(?:ed|es)|seiz(?:ed|es)|overr[au]n|(?:took|taken|takes) (?:over|control)|"
    r"gain(?:ed|s) control)\b",
    re.IGNORECASE,
)


def retaken_by_state(detection: Detection) -> Detection:
    """The detection coded as a government regaining territory when it reads as territory a non-state
    actor took, as looting or as a disrupted weapon's use, and its sentence tells a state's forces
    retaking something ("the national army recaptured the district town"); or when it reads as territory
    a non-state actor took and its sentence tells a state's forces taking something ("the army captured
    two rebel bases")."""
    read = detection.type.acled_sub_event_type
    if read not in _NEVER_RETAKEN:
        return detection
    text = detection.sentence.text
    takings = [*_RETAKEN.finditer(text), *(_TAKEN.finditer(text) if read == TERRITORY_TAKEN else ())]
    if any(taken_by_state(text, found.start()) for found in takings):
        return coded_as(detection, GOVERNMENT_REGAINS)
    return detection
