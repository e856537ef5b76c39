"""A headline's toll told clause by clause, each naming its victims and what befell them: 'Mother injured,
child killed in shooting', '3 dead, 1 critically injured', 'Man killed, woman and boy hurt'.

A headline drops its verbs' 'was' and joins its clauses by commas, which the parse misreads; the wordings of
`kronika.casualties.patterns` read one victim or one count each, so a second clause on other victims is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kronika.casualties.age_patterns import AGED
from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER, PAIR, StatedCount

# one person, named by kin, age, sex or role: 'mother', 'child', '3-year-old', 'Elmwood man'
PERSON = (
    r"(?:baby|infant|toddler|child|kid|boy|girl|teen|teenager|juvenile|youth|man|woman|student|officer|deputy"
    r"|trooper|victim|suspect|gunman|mother|father|mom|dad|son|daughter|wife|husband|brother|sister|grandmother"
    r"|grandfather|uncle|aunt|cousin|nephew|niece|friend|clerk|driver|bystander|neighbor|neighbour"
    rf"|{AGED})"
)
PEOPLE = (
    r"(?:people|persons|men|women|teens|teenagers|children|kids|boys|girls|adults|officers|deputies|others"
    r"|victims|students|bystanders|juveniles|youths|relatives|family\s+members|customers)"
)
# the victims of one clause ('a man', 'Elmwood woman, 34', 'two teens', 'another', '1') and what befell
# them: dead, or hurt and alive
CLAUSE = re.compile(
    rf"(?:(?:(?:a|an|the|one|another|his|her|their)\s+)?(?:[\w'’.-]+\s+){{0,2}}?{PERSON}(?:,\s+\d{{1,2}},?)?"
    rf"(?:\s+and\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’.-]+\s+){{0,2}}?(?P<second>{PERSON}))?"
    rf"|(?P<n>{NUMBER})(?:\s+(?:[\w'’-]+\s+){{0,2}}?{PEOPLE})?"
    r"|another)\s+"
    r"(?:(?:found|reported|also|was|were|is|are)\s+)*(?:\w+ly\s+)?"
    r"(?:(?P<dead>killed|dead|slain|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|dies|died)"
    r"|(?P<hurt>injured|wounded|hurt|hospitalized|hospitalised|in\s+(?:critical|serious|stable)\s+condition"
    r"|critical|critically\s+(?:injured|wounded|hurt)))(?![\w-])",
    re.IGNORECASE,
)
# a headline on several incidents: "in weekend shootings", "in two separate incidents"
SEVERAL = re.compile(r"\b(?:shootings|incidents|attacks)\b", re.IGNORECASE)
# a headline's lead-in naming its source: "Police: ", "UPDATE: "
LEAD_IN = re.compile(r"(?:[\w'’. ]{0,30}:\s+)?")
# the joints between a headline's clauses
JOINT = re.compile(r"\s*(?:,|;|\band\b|:|\s-\s)\s*", re.IGNORECASE)


def headline_tolls(title: str) -> Iterator[StatedCount]:
    """The killed and injured a headline's clauses add up to where two or more clauses each name victims and
    what befell them ('Mother injured, child killed in shooting' is one hurt and one killed); nothing where
    fewer do, which the single wordings read."""
    yield from _added_up(list(_clauses(title)))


def _added_up(told: list[StatedCount]) -> Iterator[StatedCount]:
    """The clauses' counts added up by kind where two or more clauses tell victims: each clause names
    other victims ("Girl hurt, 2 men also wounded" is three hurt)."""
    if len(told) < 2:
        return
    for kind in ("killed", "injured"):
        counts = [clause.count for clause in told if clause.kind == kind]
        if counts:
            yield StatedCount(kind, sum(counts))


def _clauses(title: str) -> Iterator[StatedCount]:
    """The count of each clause of the headline that names victims followed by their fate."""
    if SEVERAL.search(title):
        return  # "Man killed, girl wounded in two shootings": the tolls of several incidents
    starts = [0, *(m.end() for m in JOINT.finditer(title))]
    told_to = 0  # where the last clause read ends: 'woman and boy hurt' is one clause, not also 'boy hurt'
    for start in (s for s in starts if s >= told_to):
        clause = CLAUSE.match(title, start)
        if clause is None:
            continue
        told_to = clause.end()
        count = parse_count(clause["n"]) if clause["n"] else 2 if clause["second"] else 1
        if count is not None:
            yield StatedCount("killed" if clause["dead"] else "injured", count)


@dataclass(frozen=True)
class HeadlineToll:
    """The dead and the hurt a headline counts, both stated."""

    killed: int
    injured: int


# a headline counting everyone hit and then the dead among them: "4 shot, 2 fatally", "Four teens shot, one
# fatally, near a park", "Five hit, one of them fatally" (GVA study: 5 such headlines, 2 of them read
# as no one dead or too many hurt; the clause wordings read no fate in 'fatally'); 'mortally' tells it too
SOME_FATALLY = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})(?:\s+(?:[\w'’-]+\s+){{0,2}}?{PEOPLE})?\s+(?:(?:were|are)\s+)?"
    rf"(?:shot|hit|struck)\s*,\s*(?P<dead>{NUMBER})\s+(?:of\s+them\s+)?(?:fatally|mortally)(?![\w-])",
    re.IGNORECASE,
)


# the same told of a pair of victims the headline opens on: "Man and woman shot, one fatally"
PAIR_FATALLY = re.compile(
    rf"{PAIR}\s+(?:were\s+)?(?i:shot|hit|struck)\s*,\s*(?P<dead>(?i:one|1|both))\s+(?i:of\s+them\s+)?"
    r"(?i:fatally|mortally)(?![\w-])"
)


def shot_some_fatally(title: str) -> HeadlineToll | None:
    """The dead and the hurt of a headline counting everyone hit and the dead among them ('4 shot, 2
    fatally' is two dead and two hurt, 'Man and woman shot, one fatally' one of each); None where it counts
    none so, or tells several incidents."""
    if (pair := PAIR_FATALLY.search(title)) is not None:
        both = pair["dead"].lower() == "both"
        return HeadlineToll(2, 0) if both else HeadlineToll(1, 1)
    found = SOME_FATALLY.search(title)
    if found is None or SEVERAL.search(title):
        return None
    hit, dead = parse_count(found["n"]), parse_count(found["dead"])
    if hit is None or dead is None or dead > hit:
        return None
    return HeadlineToll(dead, hit - dead)


# the same told by the attack's verbs: 'Shooting kills 3, wounds 2', 'shooting that killed one, injured 4
# others', 'leaves 1 dead, injures five', 'killing 1, wounding 3' (GVA articles: 16 of 2,989 headlines)
ACTIVE_TOLL = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|leav(?:es|ing)|left)\s+(?P<dead>{NUMBER})(?:\s+(?:{PEOPLE}|person|dead))?"
    r"\s*(?:,|and|&)\s*(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurt(?:s|ing)?)\s+"
    rf"(?P<hurt>{NUMBER})(?:\s+(?:more|other))?(?:\s+{PEOPLE})?(?![\w&-])(?!\s+(?:&|and|{PEOPLE})\b)",
    re.IGNORECASE,
)


def headline_toll(title: str) -> HeadlineToll | None:
    """The whole toll a headline on one incident states clause by clause ('2 dead, 4 wounded in shooting',
    '4 shot, 2 fatally', 'kills 3, wounds 2'), or None where it does not state both the dead and the hurt."""
    clauses = list(_clauses(title))
    if not clauses and (some := shot_some_fatally(title)) is not None:
        return some
    if not clauses and (active := ACTIVE_TOLL.search(title)) is not None:
        dead, hurt = parse_count(active["dead"]), parse_count(active["hurt"])
        return HeadlineToll(dead, hurt) if dead is not None and hurt is not None else None
    told = {added.kind: added.count for added in _added_up(clauses)}
    if "killed" not in told or "injured" not in told or not _read_whole(title, len(clauses)):
        return None
    return HeadlineToll(told["killed"], told["injured"])


def _read_whole(title: str, clauses: int) -> bool:
    """Whether the headline's `clauses` clauses read follow one another from its start (or from after a
    'Police:' lead-in): in 'Man, toddler killed, woman hurt' the man is told in no clause read, so the
    clauses read are not the whole toll."""
    lead_in = LEAD_IN.match(title)
    at = 0 if CLAUSE.match(title, 0) or lead_in is None else lead_in.end()
    chained = 0
    while (clause := CLAUSE.match(title, at)) is not None:
        chained += 1
        joint = JOINT.match(title, clause.end())
        if joint is None or joint.end() == clause.end():
            break
        at = joint.end()
    return chained == clauses


# a headline counting the dead by a verb of killing the other wordings miss: "Police: 3 men fatally shot",
# "4 teens found shot to death", "2 people —including a boy— were shot dead", "Mother and two sons found
# dead" (the one named before 'and' is one more); not "Father of 3 fatally shot", whose count is his children
KIN = r"(?:sons|daughters|brothers|sisters|grandchildren|siblings|cousins|friends)"
COUNTED_DEAD = re.compile(
    rf"(?<![\w-])(?<!\bof )(?:(?P<first>(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+)?{PERSON})\s+and\s+)?"
    rf"(?P<n>{NUMBER})(?![\w-])(?:\s+(?:[\w'’.-]+\s+){{0,2}}?(?:{PEOPLE}|{KIN}|members\s+of\s+(?:a\s+|the\s+)?family))?"
    r"(?:\s*[—–-]+\s*including\s+[^—–]{1,60}?\s*[—–-]+|,\s+including\s+[^,]{1,60},)?"
    r"\s+(?:(?:were|are|found|reported)\s+)*"
    r"(?:(?:fatally|mortally)\s+(?:shot|wounded)|shot\s+dead|shot\s+to\s+death|shot\s+(?:and|&)\s+killed|found\s+dead"
    r"|slain|murdered)(?![\w-])(?![^,;:]*\b(?:last\s+year|years?\s+ago|since)\b)",
    re.IGNORECASE,
)


def counted_dead(title: str) -> int | None:
    """The dead a headline counts by a verb of killing ('3 men fatally shot' is three), None where it
    counts none or tells several incidents ('3 fatally shot in weekend shootings')."""
    if SEVERAL.search(title):
        return None
    counts = [
        n + (1 if m["first"] else 0)
        for m in COUNTED_DEAD.finditer(title)
        if (n := parse_count(m["n"])) is not None
    ]
    return max(counts, default=None)


# a headline on one victim shot or hurt, and no one else: "Man shot near the market", "Four-year-old boy shot
# in Englewood", "Police: Teen wounded outside a bar" (not "2 women, 1 boy shot", "Man shot, woman hurt")
LONE_HURT = re.compile(
    rf"^(?:[^,;:]{{0,30}}:\s+)?(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){{0,2}}?{PERSON}(?:,\s+\d{{1,2}},?)?\s+"
    r"(?:(?:is|was)\s+)?(?:\w+ly\s+)?(?:shot|wounded|hurt|injured)\b(?!\s*(?:,|and|&)\s*killed|\s+dead"
    r"|\s+to\s+death)",
    re.IGNORECASE,
)
OTHERS = re.compile(rf"\b(?:and|&)\b|\b{PERSON}\b|\b{PEOPLE}\b", re.IGNORECASE)


def lone_victim_hurt(title: str) -> bool:
    """Whether a headline tells one victim shot or hurt and names no one else ('Man shot near the market')."""
    told = LONE_HURT.match(title)
    return told is not None and OTHERS.search(title, told.end()) is None
