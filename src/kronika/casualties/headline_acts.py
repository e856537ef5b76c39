"""Tolls a headline tells in the active voice, its victims the object of one verb ('Friend shoots friend',
'Teen accidentally shoots and kills himself', 'Man fatally shoots wife'): one person for each victim it
names, dead where the verb tells a killing, hit where it tells a shooting; and a shooting named by its one
victim ('shooting of 6-year-old girl', 'boy, 5, was shot'), or a life told claimed. The count wordings read
passive and counted headlines ('2 killed', 'Boy shot in arm') and miss these, whose pages often tell nothing
more."""

from __future__ import annotations

import re
from typing import Final

from kronika.casualties.age_patterns import AGED
from kronika.casualties.patterns import StatedCount
from kronika.person_nouns import KIN, PERSONS

__all__ = ["headline_acts", "headline_victim"]

# the verbs of a headline's act, each with what it did to its object; a killing may be told with the shots
# that did it ('shoots and kills', 'fatally shoots')
_KILLING = (
    r"shoots\s+and\s+kills|shot\s+and\s+killed|shoots,\s+kills|shot,\s+killed|fatally\s+(?:shoots|shot)"
    r"|kills|killed|murders|murdered|slays"
)
_SHOOTING = r"shoots|shot|wounds|wounded"
ACT: Final = re.compile(
    rf"(?<=\w)(?:['’,.]?\s+)(?:(?:accidentally|allegedly|reportedly|mistakenly)\s+)?"
    rf"(?P<verb>(?P<killing>{_KILLING})|(?P<shooting>{_SHOOTING}))\b",
    re.IGNORECASE,
)
# where the verb's object ends: a preposition, a clause after it, a dash or a colon ('shoots wife in back',
# 'kills friend while cleaning gun', 'shoots self with father's gun')
OBJECT_END: Final = re.compile(
    r"(?:^|\s+)(?:in|at|on|near|outside|inside|with|during|after|before|while|when|as|over|by|for|to|from|into"
    r"|following|playing|taking|cleaning|handling|then|and\s+then)\b|\s*[;:(|–—]|\s+-\s+|\s*,\s*then\b"
    # 'shoots child, 3, riding in car', 'shoots nephew, police say': a clause or the source after the object
    r"|\s*,\s*\w+ing\b|\s*,\s*(?:police|cops|officials|authorities|deputies|sheriff|investigators|reports?)\b",
    re.IGNORECASE,
)
ITEM_SPLIT: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# the one person an item of the object names: a kin or person noun, a victim's role, or an age, after a
# possessive or an article and up to two words ('his ex-wife', 'a 13-year-old nephew', 'Raising Cane's
# robbery suspect'), or the doer himself
ONE_PERSON: Final = frozenset(
    KIN
    | PERSONS
    | {
        "person", "victim", "officer", "deputy", "trooper", "student", "classmate", "teammate", "roommate",
        "relative", "customer", "clerk", "employee", "guard", "suspect", "intruder", "burglar", "robber",
        "gunman", "mom", "dad", "stepfather", "stepmother", "grandma", "grandpa", "ex-wife", "ex-husband",
        "ex-girlfriend", "ex-boyfriend", "coworker", "co-worker", "pastor", "bystander", "stranger",
    }
)  # fmt: skip
SELF: Final = frozenset({"himself", "herself", "self"})
# an age standing for a person ('13-year-old', 'six-month-old', 'twenty-two-year-old')
AGE: Final = re.compile(rf"^{AGED}$", re.IGNORECASE)
# at most this many words stand before the noun: a possessive, an article, a modifier ('his', 'older')
LEAD_WORDS: Final = 3


# a second act a headline may tell besides ('kills sister, injures boy'): its object is someone else
OTHER_ACT: Final = re.compile(
    r"\b(?:injures|injured|hurts|hurt|wounds|wounded|stabs|stabbed|hits|strikes)\b", re.IGNORECASE
)
# a victim the archive counts no one: 'drive-by that killed unborn baby'
UNBORN: Final = re.compile(r"\b(?:unborn|fetus|foetus)\b", re.IGNORECASE)


def headline_acts(title: str) -> list[StatedCount]:
    """The toll a headline's one act tells of the people its verb's object names ('Man shoots neighbor' is one
    hit, 'Man kills wife' one dead), none where the headline tells more than one act, or its object names a
    group or a count ('shoots parents and 3 children'), which the count wordings read."""
    acts = list(ACT.finditer(title))
    # 'son killed after sister shoots him': the acts may tell one person twice
    if len(acts) != 1 or _other_act(title, acts[0]) or UNBORN.search(title):
        return []
    act = acts[0]
    rest = title[act.end() :].lstrip()
    end = OBJECT_END.search(rest)
    items = [i for i in ITEM_SPLIT.split(rest[: end.start()] if end else rest) if i.strip()]
    # an age told after a victim ('shoots child, 3, riding in car') is his, no one besides
    people = [item for n, item in enumerate(items) if not (n and item.strip().isdigit())]
    if not people or not all(_one_person(i) for i in people):
        return []
    return [StatedCount("killed" if act["killing"] else "shot", len(people))]


def _other_act(title: str, act: re.Match[str]) -> bool:
    """Whether the headline tells another act than `act` ('kills sister, injures boy')."""
    return any(other.start() != act.start("verb") for other in OTHER_ACT.finditer(title))


def _one_person(item: str) -> bool:
    """Whether a list item names one person: a singular person noun or an age, after at most a few words
    that may stand before it, or 'himself'."""
    words = item.strip().strip("'’\"").split()
    if not words or len(words) > LEAD_WORDS + 1:
        return False
    head = words[-1].lower()
    if len(words) == 1 and head in SELF:
        return True
    if any(w.isdigit() for w in words):
        return False  # "shoots 2 men": a count, which the count wordings read
    return head in ONE_PERSON or AGE.match(head) is not None


# one person a headline names by kin, role or age ('girl', 'officer', '3-year-old', 'six-month-old')
_ONE = r"(?:" + "|".join(sorted(ONE_PERSON, key=len, reverse=True)) + rf"|{AGED})"
# a shooting a headline names by its one victim: 'Police investigate shooting of 6-year-old girl', 'Toledo
# mother charged in girl's shooting', 'Family relieved after boy, 5, was shot' (not 'shooting of a man and
# his son', two)
VICTIM_SHOT: Final = re.compile(
    rf"\bshooting\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ONE}\b(?!['’-]|\s+and\b)"
    rf"|\b{_ONE}['’]s\s+shooting\b(?!\s+death)"
    rf"|\b{_ONE}(?:,\s*\d{{1,3}},)?\s+(?:was|is)\s+shot\b",
    re.IGNORECASE,
)
# a death a headline tells as a life taken: 'Hunting accident claims life', 'Crash claims teen's life'
LIFE_CLAIMED: Final = re.compile(
    r"\bclaims\s+(?:an?\s+|the\s+|his\s+|her\s+|[\w'’-]+['’]s\s+)?(?:[\w'’-]+\s+)?life\b", re.IGNORECASE
)
# one person a headline tells an act left dead: 'Man charged in shooting that left 6-year-old dead', 'Crash
# leaves teen dead' (the count wordings read 'leaves 2 dead', not a person named by age or kin)
LEFT_DEAD: Final = re.compile(
    rf"\b(?:leaves|left|leaving)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?!and\b)[\w'’-]+\s+){{0,2}}?{_ONE}"
    rf"(?:,\s*\d{{1,3}},)?\s+dead\b",
    re.IGNORECASE,
)


def headline_victim(title: str) -> list[StatedCount]:
    """The one person a headline names as shot ('shooting of 6-year-old girl', 'boy, 5, was shot') or as
    dead ('accident claims life', 'shooting that left 6-year-old dead'), where no count or act reads its
    toll."""
    if LIFE_CLAIMED.search(title) or LEFT_DEAD.search(title):
        return [StatedCount("killed", 1)]
    return [StatedCount("shot", 1)] if VICTIM_SHOT.search(title) and not UNBORN.search(title) else []
