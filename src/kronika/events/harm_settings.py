"""Where the lead's harm befell its victims: in a clash between sides, or at the hands of their abductors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from kronika.events.lead_rules import LeadRule, LeadScope, lead_detection, with_lead
from kronika.events.taxonomy import (
    ABDUCTION,
    ARMED_CLASH,
    ATTACK,
    MOB_VIOLENCE,
    VIOLENT_DEMONSTRATION,
    coded_as,
)
from kronika.model import Detection

if TYPE_CHECKING:
    from kronika.events.classifier import AcledPrediction

# People killed, hurt or wounded "in a clash", "during clashes" or "amid the clashes between" two sides
# fell in a fight, not in violence against civilians: of ACLED's training notes whose first sentence says
# so, 8 of 2,436 (0.3%) are attacks; 56% are mob violence, 29% armed clashes, 14% violent demonstrations.
# The lexicon types the harm word ("injured") an attack when the classifier is unsure which of those it is.
# So did those hurt "amidst fights between communal groups", "in a brawl", "during fighting between two
# clans": of the training notes whose first sentence says so and not the above, 4 of 64 are attacks (52
# armed clashes, 5 mob violence).
# So did those hurt as or when sides clashed ("a vendor was shot dead as party men clashed with police"):
# of the training notes whose first sentence says so and not the above, 1 of 462 is an attack (260 mob
# violence, 128 violent demonstrations, 73 armed clashes).
# A clash the harm came "in" or "during" may be told well after it ("two were shot dead by a rival group in
# Pujgungmukh area (Panchhari upazila, Khagrachhari) during a clash"): of the training notes whose first
# sentence has it 41 to 120 characters after the harm word, 7 of 83 are attacks. One told so far off "amid"
# is the backdrop ("killed in what are described as revenge killings, amid clashes between sections"): 2
# of 4 are attacks.
_CLASH: Final = (
    r"(?:an? |the )?(?:[\w-]+ ){0,3}?"
    r"(?:clash(?:es)?|fights?|fighting|scuffles?|brawls?|skirmish(?:es)?|melee)\b"
)
_HURT_OR_KILLED: Final = r"\b(?:killed|injured|wounded|hurt|died|dead)\b"
_HARMED_IN_CLASH: Final = re.compile(
    rf"{_HURT_OR_KILLED}[^.]{{0,40}}?\b(?:in|during|amid|amidst) {_CLASH}"
    rf"|{_HURT_OR_KILLED}[^.]{{41,120}}?\b(?:in|during) {_CLASH}"
    r"|\b(?:killed|injured|wounded|hurt|died|dead|shot)\b[^.]{0,40}?\b(?:as|when|while)\b[^.]{0,60}?"
    r"\bclashed\b"
    # the clash as the doer ("clashes between Hindu and Muslim groups killed five", "a clash ... left 30
    # injured")
    rf"|\b{_CLASH}[^.]{{0,80}}?\b(?:killed|left\s+(?:[\w-]+\s+){{0,3}}?(?:dead|injured|wounded|hurt)|"
    r"injured|wounded)\b",
    re.IGNORECASE,
)
# What such a clash is when the classifier reads none of these: the commonest of them.
_CLASH_READINGS: Final = frozenset({MOB_VIOLENCE, ARMED_CLASH, VIOLENT_DEMONSTRATION})
# ACLED codes an abduction whose victims were killed, tortured, shot, stabbed or wounded as the attack it
# became: of its Attack or Abduction training notes that tell an abduction or kidnapping and such harm
# (not denied: "no one was hurt"), 96% (248 of 259) are attacks. Beating is left out: abductors "beat and
# abducted" farmers in 21 abduction notes and 18 attacks.
# So are victims told dead after it ("was found dead the next day", "his body was recovered from a canal",
# "dumped her body", "died of his injuries"): of ACLED's Attack or Abduction training notes that tell an
# abduction, kidnapping or hostages held and such a death but none of the harm words above, 19 of 20 are
# attacks. A death the note marks as coded separately is blanked before (`coded_apart`).
_HARM: Final = re.compile(
    r"\b(?:killed|murdered|executed|shot|tortured|stabbed|hacked|injured|wounded)\b"
    r"|\bfound(?:ed)? dead\b|\bdied\b|\b(?:bod(?:y|ies)|corpses?|remains) of\b"
    r"|\b(?:bod(?:y|ies)|corpses?) (?:[\w-]+ ){0,2}?(?:was|were|had been) (?:\w+ )?"
    r"(?:found|recovered|discovered|dumped)\b"
    r"|\bdumped (?:his|her|their|the) (?:[\w-]+ )?bod(?:y|ies)\b",
    re.IGNORECASE,
)
_DENIED_BEFORE: Final = re.compile(r"(?:\b(?:no|not|never|nobody|none)\b|n't)[^.]{0,20}$", re.IGNORECASE)
# How far before a harm word a denial still reaches it ("no one among the hostages was injured").
_DENIAL_REACH: Final = 25


def clash_casualties(
    detections: Sequence[Detection], first: int, prediction: AcledPrediction | None
) -> list[Detection]:
    """The detections with a lead attack retyped as the clash its sentence (the one starting at `first`)
    says its victims fell in ("two policemen and a student were injured in a clash between party
    activists and police"): the classifier's reading (`prediction`) where it reads a clash, mob violence
    or a violent demonstration, however unsure, else mob violence."""
    lead = lead_detection(detections, first)
    if lead is None or not _HARMED_IN_CLASH.search(lead.sentence.text):
        return list(detections)
    reading = prediction.sub_event_type if prediction is not None else None
    clash = reading if reading in _CLASH_READINGS else MOB_VIOLENCE
    if _attack(lead):
        return with_lead(detections, lead, coded_as(lead, clash))
    # a lead of another kind ('imposed a curfew after clashes killed five'): the attack its sentence
    # tells beside it is the clash
    return [coded_as(d, clash) if d.sentence.start == first and _attack(d) else d for d in detections]


def _attack(detection: Detection) -> bool:
    """Whether a detection is harm read as an attack on civilians."""
    return detection.type.plover == "ASSAULT" and detection.type.acled_sub_event_type == ATTACK


# So did those a later sentence of the lead's paragraph tells harmed in a clash ("Sides marched in Feni. A
# vendor was shot dead as party men clashed with police."): of ACLED's training notes whose first sentence
# does not say so and a later one does, 8 of 795 are attacks (391 mob violence, 204 violent
# demonstrations, 178 armed clashes). That sentence's attack is typed so even where the lead sentence
# tells none (`clash_casualties` types the lead's own).


def later_clash_casualties(detections: Sequence[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with each attack of a sentence of the lead's paragraph after the lead's own retyped
    as the clash its sentence says its victims fell in, as `clash_casualties` types the lead's."""
    reading = scope.prediction.sub_event_type if scope.prediction is not None else None
    clash = reading if reading in _CLASH_READINGS else MOB_VIOLENCE
    return [coded_as(d, clash) if _later_clash_harm(d, scope) else d for d in detections]


def _later_clash_harm(detection: Detection, scope: LeadScope) -> bool:
    """Whether the detection is an attack of a sentence after the lead's, in its paragraph, that tells its
    victims harmed in a clash."""
    if not _attack(detection):
        return False
    inside = scope.first < detection.sentence.start < scope.lead_end
    return inside and bool(_HARMED_IN_CLASH.search(detection.sentence.text))


def _harm_told(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells killing, torture, shooting, stabbing or wounds that the words just
    before them do not deny ("gunmen kidnapped two traders and killed one of them")."""
    paragraph = scope.paragraph
    return any(
        not _DENIED_BEFORE.search(paragraph, max(0, m.start() - _DENIAL_REACH), m.start())
        for m in _HARM.finditer(paragraph)
    )


# A lead abduction whose paragraph tells its victims harmed is an attack.
harmed_abductees: Final = LeadRule(readings=frozenset({ABDUCTION}), tells=_harm_told, becomes=ATTACK)
