"""A lead read as a protest whose paragraph tells the protest only as what its harm sparked is an attack."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import ATTACK, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# A protest, riot or unrest told as what the harm set off: "sparking a protest the next day", "the
# shooting triggered protests by dozens of residents", "which led to a demonstration", "residents protested
# the move". ACLED codes that protest as an event of its own; the note's event is the harm.
_SPARKED: Final = re.compile(
    r"\b(?:spark|trigger|prompt|provok|caus)(?:ed|ing|es|s)? (?:an? |the |angry |violent |street |large |"
    r"mass |widespread |several |spontaneous |local )*(?:protests?|demonstrations?|riots?|unrest)\b"
    r"|\b(?:led|leading|gave rise) to (?:an? |angry |violent |street |spontaneous )*"
    r"(?:protests?|demonstrations?|riots?)\b"
    r"|\b(?:residents|locals|villagers|relatives|family|families|people|students|youths?) (?:then |later |"
    r"subsequently )?(?:protested|demonstrated) (?:against )?the (?:move|killing|shooting|death|attack|"
    r"incident|assault)s?\b",
    re.IGNORECASE,
)
# A protest told before that clause was under way when the harm came ("protesters were fired on, sparking
# further protests"): the harm may be the force used on it, so the rule leaves it be.
_PROTEST_WORD: Final = re.compile(
    r"\bprotest|\bdemonstrat|\brall(?:y|ies)\b|\bmarch(?:ed|ers?|es)?\b|\bsit-?ins?\b|\bprocession|"
    r"\bstrike|\briot|\bcrowd|\bblockad|\bgather",
    re.IGNORECASE,
)
# The harm itself, told as a deed ("police shot dead a tout", "two residents were killed by police"): a
# death or killing told only as a noun ("the death of a student", "the recent killing of two farmers")
# heads a note about the protest it caused.
_HARM: Final = re.compile(
    r"\b(?:killed|kill|shot|shoot|opened fire|fired (?:on|at|into)|wounding|wounded|injuring|injured|beat|"
    r"beaten|assaulted|tortured|stabbed|hacked)\b",
    re.IGNORECASE,
)
# An accident or crash is no one's attack, whatever it killed.
_ACCIDENT: Final = re.compile(r"\baccident|\bcrash|\bknocked (?:him |her |them )?down\b", re.IGNORECASE)


def _sparked_only(paragraph: str) -> bool:
    """Whether the paragraph tells harm and a protest only as what that harm sparked: the first word of
    protest in it is the sparked clause's own, and harm is told before it."""
    sparked = _SPARKED.search(paragraph)
    if sparked is None:
        return False
    before = paragraph[: sparked.start()]
    return bool(_HARM.search(before)) and not _PROTEST_WORD.search(before) and not _ACCIDENT.search(before)


def _harm_sparked_protest(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells the harm first and a protest only as what it sparked."""
    return _sparked_only(scope.paragraph)


# A lead read as a protest (peaceful, met with intervention or with excessive force) whose paragraph tells
# someone harmed and a protest only as what that harm sparked ("two residents were killed by police,
# sparking a protest the following day") is the attack: ACLED codes the protest that followed apart.
# Of ACLED's training notes that tell so (harm told as a deed before the clause, no protest word, accident
# or crash before it) and carry no 'Other:' heading (which `headings` reads), 5 of 7 are attacks, one an
# armed clash (herders' fight) and one a peaceful protest (the same note coded for the protest); the
# pipeline read two of the attacks as excessive force against protesters.
harm_sparked_protest: Final = LeadRule(
    readings=frozenset({PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE}),
    tells=_harm_sparked_protest,
    becomes=ATTACK,
)
