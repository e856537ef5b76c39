"""A riot told only as a clash, its paragraph naming no demonstration or demand, is mob violence; a clash
fought with lethal weapons or firearms is an armed one; a party's men who kill or shoot, no clash or
protest told, attack; an attack the coder says was told with no weapons is mob violence."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.lead_rules import LeadRule, LeadScope, ParagraphTells
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from kronika.model import Detection

# ACLED's violent demonstration is a demonstration whose crowd turned violent; its mob violence a crowd
# that came to no demonstration. A clash told with no word of a protest, a demand or an act of protest
# ("party activists clashed with police in the town", "a clash between law enforcers and JeI men") is the
# mob's: of ACLED's protest and riot training notes that tell a clash and name none of the words below,
# 99% (3260 of 3308) are mob violence and 1% (45) violent demonstrations. The classifier often reads such
# clashes with the police as a violent demonstration, as most clashes with the police are. A crowd named as
# on strike ("striking employees clashed with managers") came to protest (`crowd_rules._STRIKERS` makes it
# a violent demonstration); the one protest or riot training note the word alone keeps from this rule is
# mob violence.
CLASH: Final = re.compile(r"\bclash", re.IGNORECASE)
_DEMONSTRATION_TOLD: Final = re.compile(
    r"protest|demonstrat|\brall(?:y|ies|ied)\b|human chains?|\bmarche[sd]\b|\bmarching\b|\ba march\b|"
    r"procession|hartal|\bstrikes?\b|\bstriking\b|shutdown|blockade|blockage|demand|sit-ins?|gherao|agitat|riot|"
    r"calling for|denounc|\bblock(?:ed|ing)\b",
    re.IGNORECASE,
)

# Sides that clash with lethal weapons or firearms are armed groups, not a mob: of ACLED's Armed clash or
# Mob violence training notes that tell a clash and name either, 96% (229 of 238) are armed clashes ("two
# rival factions clashed with lethal weapons over control of the market").
_ARMS: Final = re.compile(r"\blethal weapons?\b|\bfirearms\b", re.IGNORECASE)
# Arms a coder's note denies name none: "No serious injuries or use of lethal weapons were reported" tells
# a clash fought without them (of ACLED's Armed clash or Mob violence training notes that tell a clash and
# name lethal weapons or firearms only so denied, 2 of 2 are mob violence). A denial reaches back within
# its clause, up to 60 characters.
_DENIAL_BEFORE: Final = re.compile(r"\b(?:no|not|nor|without|never)\b[^.;,]{0,60}$", re.IGNORECASE)


def _armed_clash(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells a clash and names lethal weapons or firearms, not only as
    denied ("no lethal weapons were used")."""
    paragraph = scope.paragraph
    return bool(CLASH.search(paragraph)) and _arms_told(paragraph)


def _arms_told(paragraph: str) -> bool:
    """Whether the paragraph names lethal weapons or firearms once without a denial before them in
    their clause."""
    return any(
        not _DENIAL_BEFORE.search(paragraph, max(0, found.start() - 60), found.start())
        for found in _ARMS.finditer(paragraph)
    )


# A lead violent demonstration told as a clash and no demonstration, demand or act of protest ("ten people
# were hurt as party activists clashed with police at a crossroads") is mob violence.
clash_without_demand: Final = LeadRule(
    readings=frozenset({VIOLENT_DEMONSTRATION}),
    tells=ParagraphTells(CLASH, _DEMONSTRATION_TOLD),
    becomes=MOB_VIOLENCE,
)
# A lead mob violence told as a clash fought with lethal weapons or firearms is an armed clash.
armed_mob_clash: Final = LeadRule(readings=frozenset({MOB_VIOLENCE}), tells=_armed_clash, becomes=ARMED_CLASH)


# A party's or a group's men who kill, shoot or arm themselves with guns are no rioting crowd: ACLED codes
# their one-sided violence as an attack. Of its training notes whose first sentence says activists,
# supporters, cadres, men, members, leaders, followers or workers attacked, beat, hacked, stabbed, killed or
# shot someone (or that someone was so harmed by them), with a killing, a shooting or firearms, and whose
# paragraph tells no clash, fight, protest, mob or police or soldiers, 87% (413 of 473) are attacks, 15 mob
# violence and 1 a violent demonstration (42 armed clashes, which this leaves be). A leader's associates,
# accomplices, henchmen or goons are his men too, and a group may be named in up to five words ("supporters
# of an independent candidate attacked and killed ..."): that finds 52 more such notes, 41 of them attacks
# and 10 mob violence.
_MEMBERS: Final = (
    r"(?:activists|supporters|cadres|men|members|leaders|followers|workers|associates|accomplices|henchmen|"
    r"cohorts|goons|loyalists)"
)
_MEMBERS_HARMED: Final = re.compile(
    rf"\b{_MEMBERS}\b (?:(?!(?:was|were|been|being|is|are)\b)[\w'-]+ ){{0,5}}"
    r"(?:attacked|assaulted|beat|hacked|stabbed|killed|shot)\b"
    r"|\b(?:attacked|assaulted|beaten|hacked|stabbed|killed|shot|murdered|injured) (?:[\w'-]+ ){0,2}by "
    rf"(?:[\w'-]+ ){{0,4}}{_MEMBERS}\b",
    re.IGNORECASE,
)
# A death told otherwise ("beaten to death", "murdered", "shot dead") is a killing too: that finds 79 more
# such notes, 64 of them attacks, 9 mob violence and 6 armed clashes.
_LETHAL: Final = re.compile(
    r"\bkill|\bshot\b|firearm|\bguns?\b|pistol|bullet|\bto death\b|\bmurder|\bdead\b", re.IGNORECASE
)
_FIGHT_OR_CROWD: Final = re.compile(
    r"clash|fight|exchange|protest|demonstrat|\brall(?:y|ies)\b|procession|hartal|\bstrikes?\b|blockade|"
    r"(?-i:\bmarch(?:ed|es|ing)?\b)|\bmobs?\b|police|soldier|\barmy\b|troops|forces|law enforcers",
    re.IGNORECASE,
)


def _partisan_killing(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says a party's or group's men killed or shot someone ("League activists
    attacked two men of a rival faction, killing one") and its paragraph tells no clash, protest, mob,
    police or soldiers."""
    sentence = lead.sentence.text
    if not (_MEMBERS_HARMED.search(sentence) and _LETHAL.search(sentence)):
        return False
    return not _FIGHT_OR_CROWD.search(scope.text, scope.first, scope.lead_end)


# A lead riot whose sentence tells a party's men killing or shooting, no fight or crowd told, is an attack.
partisan_killing: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE, VIOLENT_DEMONSTRATION}), tells=_partisan_killing, becomes=ATTACK
)


# A coder's note that the report tells no weapons ("Report did not indicate the attackers were armed", "the
# source did not mention weapons", "No weapons were used") says the violence was a crowd's, not an armed
# group's: of ACLED's training notes that say so and name no police or other force, 86% of those coded an
# attack or mob violence (37 of 43) are mob violence; all 46: 37 mob violence, 6 attacks, 2 armed clashes,
# 1 peaceful protest. No weapons recovered, seized or found after the fact does not say none were borne.
# A force's men beating someone attack whether armed or not (`state_beatings`), so a paragraph naming
# police, soldiers or another force is left as read: force_words' core with Bangladesh's forces, India's BSF
# and law enforcers (the core's military and the Ansar find no more training notes that tell no weapons).
_NO_WEAPONS_TOLD: Final = re.compile(
    r"\b(?:did|does|do)(?: not|n't) (?:mention|indicate|specify|report|say)\b(?: (?:if|whether|that))?"
    r"(?: (?:any|either|the|use of|of))*[^.;]{0,30}?\b(?:(?:was|were|being) armed|weapons?)\b"
    r"|\bno (?:(?:use of|sharp|lethal|other) )?weapons?\b(?! (?:were|was) (?:recovered|seized|found))",
    re.IGNORECASE,
)
_FORCE_WORDS: Final = fw.CORE + fw.BANGLADESH_FORCES + fw.INDIA_BORDER_FORCE + fw.LAW_ENFORCERS
_FORCES: Final = re.compile(rf"\b{_FORCE_WORDS.group}\b", re.IGNORECASE)
# A lead attack whose paragraph says no weapons were told, and names no force, is mob violence.
unarmed_attack: Final = LeadRule(
    readings=frozenset({ATTACK}), tells=ParagraphTells(_NO_WEAPONS_TOLD, _FORCES), becomes=MOB_VIOLENCE
)
