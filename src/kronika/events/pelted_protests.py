"""A protest others pelted with stones, bricks, bottles or eggs met an intervention, not a riot of its own."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION

# ACLED's violent demonstration is violence the demonstrators do; its intervention is force others use on
# a peaceful protest, whoever they are. Stones or bricks thrown *at* the protesters read as the crowd's
# own violence to the classifier ("a group had pelted stones at the demonstrators", "factory staff threw
# brickbats at the protesting workers", "the marchers were stoned by another group"). Of ACLED's 89,043
# training notes, 14 tell so (`_PELTED`); the 9 that tell no clash, own violence or missiles that hit no
# one are all protests with intervention (5 of them read before as peaceful or violent); the other 5 are
# 2 mob violence and a violent demonstration (clashes), 1 excessive force and 1 peaceful protest (a
# bottle that hit no one).
_MISSILES: Final = r"(?:stones?|rocks?|bricks?|brick-?bats?|bottles?|eggs?|objects?|projectiles?|missiles?)"
_GATHERING: Final = (
    r"(?:protesters|protestors|demonstrators|marchers|rallyists|picketers|rall(?:y|ies)|processions?|"
    r"march|demonstrations?|human chains?|sit-ins?)"
)
# the people of a protest named by what they were doing ("the protesting workers", "agitating students")
_PROTESTING: Final = r"(?:protesting|agitating|demonstrating|striking|marching|rallying) (?:[\w-]+ )?[\w-]+"
_PELTED: Final = re.compile(
    rf"\b(?:threw|thrown|throwing|hurled|hurling|pelted|pelting|lobbed)\b (?:[\w-]+ ){{0,3}}?{_MISSILES}\b"
    rf"[^.;]{{0,25}}?\b(?:at|on|upon|towards?) (?:the |a group of |some |their )?"
    rf"(?:{_PROTESTING}|(?:[\w'-]+ )?{_GATHERING}\b)"
    rf"|\b{_GATHERING} (?:was|were) (?:\w+ )?(?:pelted|stoned)\b",
    re.IGNORECASE,
)
# What makes it the crowd's own riot or no force at all: a clash (two-sided violence), the protesters'
# own throwing, burning or attacking (a counter-protest's is the others'), or missiles that hit no one.
_OWN_VIOLENCE_OR_NONE: Final = re.compile(
    r"\bclash"
    r"|(?<!counter-)(?<!counter )\b(?:protesters|protestors|demonstrators|marchers|rioters|they)\b "
    r"(?:[\w-]+ ){0,3}?(?:threw|hurled|pelted|vandali[sz]ed|torched|set fire|burned|attacked|assaulted)\b"
    r"|\bno one was (?:hit|hurt|injured)\b",
    re.IGNORECASE,
)


# A lead protest, peaceful or violent, whose paragraph tells others pelting its people with stones, bricks,
# bottles or eggs, and no clash or violence of the protesters' own, is a protest with intervention.
pelted_protest: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION}),
    plover="PROTEST",
    tells=ParagraphTells(_PELTED, _OWN_VIOLENCE_OR_NONE),
    becomes=INTERVENTION,
)
