"""When a crowd's fight or a looting was one of armed men: guns fired in a fight of factions, clans or
villagers, or weapons seized in a raid, make the lead an armed clash."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ARMED_CLASH, LOOTING, MOB_VIOLENCE
from kronika.model import Detection

# A crowd's fight in which guns were fired is a fight of armed groups: ACLED codes party factions, clans or
# villagers who open fire on each other as an armed clash, a crowd beating with sticks as mob violence.
# Of ACLED's Mob violence or Armed clash training notes whose first sentence tells shots fired, fire
# opened or exchanged, a gunfight or someone shot dead, and names no protest, mob, lynching, police or
# soldiers (whose fire would be at the crowd), 92% (335 of 366) are armed clashes. Weapons only carried
# or wounds only told ("firearms", "bullet injuries", "firing") are left out: 86% (126 of 147), and on
# the study notes as often mob violence as not. People told shot ("two men were shot in the clash") and a
# gun battle are guns fired too: of those Mob violence or Armed clash training notes that say so and none of
# the above, 95% (41 of 43) are armed clashes.
_GUNS_FIRED: Final = re.compile(
    r"\b(?:shots? (?:were |was )?fired|fired (?:\w+ )?(?:gun)?shots|opened fire|exchanged fire|"
    r"exchange of fire|gunfights?|gun ?battles?|shot (?:dead|and killed)|(?:was|were) shot)\b",
    re.IGNORECASE,
)
# Stems, not words, as the rule was counted ("polic" takes "policy" in too): `force_words`' bounded words
# would match otherwise, so the forces here stay spelt out.
_CROWD_OR_FORCES: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ies|ied)|\bmarch(?:ed|ers|es|ing)\b|\briot|hartal|\bmobs?\b|lynch|"
    r"polic|rubber|tear ?gas|\barmy\b|soldier|forces|\bBGB\b|\bRAB\b",
    re.IGNORECASE,
)


def _guns_fired(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells guns fired ("two factions clashed and shots were fired") and names
    no protest, mob, police or soldiers."""
    text = lead.sentence.text
    return bool(_GUNS_FIRED.search(text)) and not _CROWD_OR_FORCES.search(text)


# A lead mob violence whose sentence tells guns fired is an armed clash.
guns_fired: Final = LeadRule(readings=frozenset({MOB_VIOLENCE}), tells=_guns_fired, becomes=ARMED_CLASH)


# A raid, attack or ambush that carried off weapons or ammunition ("raided the headquarters of the
# brigade and seized weapons and vehicles") was one on armed men, who hold such arms: ACLED codes it as
# an armed clash, not looting. Of ACLED's training notes that tell a raid, attack, storming or ambush and
# weapons, arms, guns, rifles or ammunition seized, looted, captured or stolen in one sentence, 27 of 33
# are armed clashes and 1 looting.
_ARMS_SEIZED: Final = re.compile(
    r"\b(?:raid\w*|attack\w*|storm\w*|overr[au]n|ambush\w*)\b[^.]{0,150}\b(?:seiz\w*|loot\w*|captur\w*|"
    r"stole|made off with|took away|carried away|confiscat\w*)\b (?:[\w-]+ ){0,4}?"
    r"(?:weapons|arms|guns|rifles|ammunition|firearms)\b",
    re.IGNORECASE,
)


def _arms_seized(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence tells a raid or attack that seized weapons or ammunition ("gunmen raided
    a militia's base and seized weapons")."""
    return bool(_ARMS_SEIZED.search(lead.sentence.text))


# A lead looting whose sentence tells arms seized in a raid is an armed clash: the armed men holding them
# were attacked.
arms_seized: Final = LeadRule(readings=frozenset({LOOTING}), tells=_arms_seized, becomes=ARMED_CLASH)
