"""A lead protest read as met with intervention whose only arrests came before it is a peaceful one."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.blanks import blank
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# People a protest names as arrested or detained in a relative clause ("demanded the release of two
# students who got arrested during an earlier protest", "for activists who have been detained since May")
# were arrested before it: that arrest is its grievance. The clause runs to its sentence's end or a
# semicolon.
# So was someone a protest mourns as having died after an arrest ("for a man who died in a cell after
# being arrested over a traffic offence"): of ACLED's protest training notes that tell a death so, 3 are
# peaceful protests and 1, which tells protesters arrested too, with intervention.
_ARRESTED_BEFORE: Final = re.compile(
    r"\bwho (?:got|were|was|had been|have been|has been|are|remain) (?:\w+ )?"
    r"(?:arrested|detained|jailed|imprisoned)\b[^.;]*"
    r"|\b(?:died|death|collapsed)\b[^.;]{0,60}?\b(?:after|following) (?:being|having been|his|her|their) "
    r"(?:arrested|detained|arrest|detention)\b[^.;]*",
    re.IGNORECASE,
)
# Any other word of arrest, force or police action keeps the intervention. Of ACLED's protest training
# notes (peaceful, with intervention or excessive force) that tell such a clause and, with it blanked, none
# of these words, 97% (106 of 109) are peaceful protests and 3 with intervention; of those that tell such
# a clause and one of these words, 26 of 32 are peaceful too, but the reading there has more to go by.
_POLICE_ACTION: Final = re.compile(
    r"arrest|detain|dispers|tear[- ]?gas|lathi|baton|water cannon|rubber bullet|interven|beat|fired|shot|"
    r"clash|attack|scuffl|pushed|charged|stopped|blocked by|prevented|removed",
    re.IGNORECASE,
)


# So are the people whose release a protest demands, named again as arrested ("calling for the release of a
# poet. The poet had been arrested on Friday"): the noun after "the release of" comes back with a
# determiner in a sentence of its own arrest. Of ACLED's protest training notes that tell so and, with that
# sentence blanked, no other arrest or police action, all 3 are peaceful protests.
_RELEASE_OF: Final = re.compile(
    r"\b(?:release|freedom|freeing) of (?:the |a |an |their |his |her |its )?((?:[\w'-]+ ?){1,3})",
    re.IGNORECASE,
)


def _named_again(noun: str) -> re.Pattern[str]:
    """A sentence that names `noun` again with a determiner as arrested ("The blogger was arrested ...")."""
    return re.compile(
        rf"\b(?:the|these|those|this) (?:[\w'-]+ ){{0,2}}{re.escape(noun)}s?\b(?: [\w'-]+){{0,3}}? "
        r"(?:was|were|had been|has been|have been) (?:\w+ )?(?:arrested|detained)\b[^.;]*",
        re.IGNORECASE,
    )


def _blanked(text: str, found: re.Match[str]) -> str:
    """The text with the match blanked, offsets kept."""
    return text[: found.start()] + " " * len(found.group()) + text[found.end() :]


def _without_arrests_before(paragraph: str) -> str:
    """The paragraph with its arrests of people arrested before the protest blanked: those a relative
    clause names as arrested, and those whose release it demands named again as arrested."""
    told = blank(_ARRESTED_BEFORE, paragraph)
    for demand in _RELEASE_OF.finditer(paragraph):
        for noun in demand.group(1).split():
            if len(noun) < 4:
                continue
            again = _named_again(noun).search(told, demand.end())
            if again is not None:
                told = _blanked(told, again)
    return told


def _arrested_only_before(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells arrests only of people arrested before ("Students held a sit-in.
    They demanded the release of two classmates who were detained last week.", "Twenty people protested,
    calling for the release of a poet. The poet had been arrested on Friday.")."""
    paragraph = scope.paragraph
    told = _without_arrests_before(paragraph)
    if told == paragraph:
        return False
    return not _POLICE_ACTION.search(told)


# A lead protest with intervention whose only arrests came before it is a peaceful protest.
arrests_protested: Final = LeadRule(
    readings=frozenset({INTERVENTION}),
    plover="PROTEST",
    tells=_arrested_only_before,
    becomes=PEACEFUL_PROTEST,
)
