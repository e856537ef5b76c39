"""Damage and harm: a lead coded as looting or property destruction whose paragraph tells people killed or
injured is violence against them, not ACLED's 'Looting/property destruction'; damage whose paragraph tells a
missile, rocket or shell fired is that shelling's; a lead attack that only set property on fire, its
paragraph telling no one harmed, is that looting or property destruction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kronika.events.acled_rules import SURE_READING, planted_device
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ATTACK, LOOTING, REMOTE_EXPLOSIVE, SHELLING, coded_as
from kronika.model import Detection

# ACLED codes property destroyed or looted as a strategic development only where no one was harmed: of
# its 1,068 'Looting/property destruction' training notes, 9 tell a death and 4 an injury, none of them a
# person killed in the event (livestock shot, a death denied, a body flown out of a past clash). Of the
# training notes that tell houses burnt, looted or destroyed and people killed, and no crowd, protest or
# fighting, 99 of 288 are attacks, the most of any sub-type, and of those telling people injured 84 of
# 276; none is looting.
_PEOPLE_HARMED: Final = re.compile(
    r"\b(?:killed|died|dead|murdered|lynched|injured|wounded|(?:burn(?:ed|t)|stoned|hacked|beaten) "
    r"(?:alive|to death)|death of (?:a|an|one|two|three|\d+))\b",
    re.IGNORECASE,
)
# Harm that is no person's in this event: animals killed or hurt, harm denied or only feared.
_NOT_PEOPLE: Final = re.compile(
    r"\b(?:cattle|cows?|camels?|goats?|sheep|livestock|animals?|dogs?|horses?|donkeys?|poultry|chickens?)"
    r"(?: \w+){0,3} (?:were |was |have been |had been )?(?:killed|dead|injured|wounded)\b"
    r"|\b(?:no|none|nobody|neither|without)\b[^.]{0,40}\b(?:killed|died|dead|deaths?|injur\w*|wounded|"
    r"casualties)\b"
    r"|\b(?:not|never)\b[^.]{0,15}\b(?:killed|died|injured|wounded)\b"
    r"|\bshot dead (?:livestock|cattle|animals)\b",
    re.IGNORECASE,
)


def _people_harmed(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells people killed or injured ("torched the offices with petrol bombs;
    three people died"), not animals, and no harm denied."""
    told = scope.paragraph
    return bool(_PEOPLE_HARMED.search(told)) and not _NOT_PEOPLE.search(told)


# A lead coded as looting or property destruction whose paragraph tells people harmed is an attack.
deadly_damage: Final = LeadRule(readings=frozenset({LOOTING}), tells=_people_harmed, becomes=ATTACK)


def _device_told(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence names a planted explosive device ("set the bus ablaze using a timed
    bomb"), none of it found or defused (`acled_rules.planted_device`)."""
    return planted_device(lead.sentence.text)


# A lead attack, as the damage it did or a paragraph's words made it, whose sentence names a planted device
# is a remote explosive attack (ACLED's coding of 994 of the 1,095 training notes whose first sentence
# names one, 2 attacks; `acled_rules._device` codes the triggers so before the paragraph is read).
device_damage: Final = LeadRule(readings=frozenset({ATTACK}), tells=_device_told, becomes=REMOTE_EXPLOSIVE)


# Damage done by a missile, rocket or shell fired ("a missile was launched into the air ... a post office was
# damaged") is the bombardment's, never looting: of ACLED's training notes that tell a missile, rocket,
# shell, mortar or projectile fired, launched or lobbed, or landing, falling or hitting (and no tear gas,
# rubber or smoke shells), 1 of 816 is looting or property destruction (an interception) and 80% (650)
# shelling. A weapon carried, "armed with AKs and an RPG fired in the air", is none fired: the projectile
# must be the verb's object or its passive subject.
_PROJECTILE: Final = r"(?:missiles?|rockets?|shells?|mortars?|RPGs?|projectiles?)"
_FIRED: Final = re.compile(
    rf"\b(?:fired|launched|lobbed)\b (?:[\w-]+ ){{0,3}}?{_PROJECTILE}\b"
    rf"|\b{_PROJECTILE} (?:(?:was|were|had been|have been) (?:fired|launched|lobbed)"
    r"|landed|fell|hit|struck)\b",
    re.IGNORECASE,
)
# shells that are no bombardment's: tear gas, rubber or smoke shells fired at a crowd, fireworks
_CROWD_SHELLS: Final = re.compile(
    r"\btear ?gas|\brubber\b|\bsmoke\b|\bfireworks?\b|\bflares?\b", re.IGNORECASE
)


def bombarded_damage(
    detections: Sequence[Detection], text: str, first: int, lead_end: int
) -> list[Detection]:
    """The detections with those of the lead's paragraph (`first`..`lead_end` in `text`) coded as looting
    or property destruction coded as shelling when the paragraph tells a missile, rocket or shell fired
    ("an RPG missile was launched ... the post office was damaged"), and no tear gas or rubber shells."""
    if not _FIRED.search(text, first, lead_end) or _CROWD_SHELLS.search(text, first, lead_end):
        return list(detections)
    return [
        coded_as(d, SHELLING)
        if d.type.acled_sub_event_type == LOOTING and first <= d.trigger.start < lead_end
        else d
        for d in detections
    ]


# Property set on fire, no one harmed, is property destruction: of the training notes whose first sentence
# says something was set on fire and names no harm, 82 are looting and 17 attacks (the rest riots, which no
# attack trigger types); most of those 17 tell people hurt or killed in a later sentence, so the whole
# paragraph must tell no harm. Fire is harm where it is shot ("opened fire", "gunfire"), not where
# property is set on fire.
_SET_ON_FIRE: Final = re.compile(r"\bset (?:[\w'-]+ ){0,4}on fire\b|\bset fire to\b", re.IGNORECASE)
_HARM: Final = re.compile(
    r"kill|injur|wound|shot|shoot|beat|assault|dead|death|died|fatal|tortur|abduct|kidnap|\brap(?:e|ed)\b|"
    r"stab|hack|clash|(?<!\bon )(?<!\bset )fire(?! to\b)|burns|burnt? (?:alive|to death)|attack|victim",
    re.IGNORECASE,
)
# Harm a paragraph denies ("No people were reported injured or killed", "neither fatalities nor injuries
# reported") is none told: of the training notes whose first sentence tells property set on fire and whose
# paragraph names harm only so, none of 25 is an attack (18 violent demonstrations, 5 mob violence, 1 looting,
# 1 explosion), so such a denial outranks even a sure reading of an attack.
_HARM_WORD: Final = r"(?:killed|died|dead|deaths?|injur\w*|wounded|casualt\w*|hurt|harmed|fatalit\w*)"
_HARM_DENIED: Final = re.compile(
    rf"\b(?:no|none|nobody|neither|without)\b[^.;]{{0,40}}?\b{_HARM_WORD}\b"
    rf"(?:\s*(?:,|\bor\b|\band\b|\bnor\b)\s*{_HARM_WORD}\b)*",
    re.IGNORECASE,
)
# Other attacks a paragraph recalls as its setting ("There have been several attacks in the region") are no
# harm of this one.
_OTHER_ATTACKS: Final = re.compile(
    r"\b(?:several|series of|number of|recent|previous|earlier|past|other|similar|many|numerous|frequent|"
    r"repeated)\b(?: [\w'-]+){0,3}? attacks\b",
    re.IGNORECASE,
)


def _harmless_fire(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells property set on fire and its paragraph no one harmed, the
    classifier's reading of the passage not a sure attack ("two trucks were set on fire by armed men")
    unless the paragraph denies harm outright ("No one was injured")."""
    paragraph = scope.paragraph
    reading = scope.prediction
    sure = reading is not None and reading.sub_event_type == ATTACK and reading.probability >= SURE_READING
    if sure and not _HARM_DENIED.search(paragraph):
        return False
    told = _OTHER_ATTACKS.sub(" ", _HARM_DENIED.sub(" ", paragraph))
    return bool(_SET_ON_FIRE.search(lead.sentence.text)) and not _HARM.search(told)


# A lead attack that only set property on fire is looting or property destruction, its PLOVER type kept.
harmless_arson: Final = LeadRule(readings=frozenset({ATTACK}), tells=_harmless_fire, becomes=LOOTING)
