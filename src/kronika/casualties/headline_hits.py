"""A headline that counts only people hit and tells no death ('4 shot at party', 'Boy wounded by stray
bullet'): dead the story counts beyond that many are another incident's, recalled in its telling."""

from __future__ import annotations

import re

from kronika.casualties.blows import pistol_whipped
from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER
from kronika.model import Casualties

# a headline telling of a death, or of a victim identified or mourned (whom a report names once dead): its
# count of people hit may leave out the dead
DEATH_WORD = re.compile(
    r"\b(?:kill\w*|dead|deadly|deaths?|dies|died|dying|fatal\w*|murder\w*|homicides?|slay\w*|slain"
    r"|suicide|lives|life|bod(?:y|ies)|identif\w*|ID|mourn\w*)\b",
    re.IGNORECASE,
)


# a headline opening on its count of the people hit ('4 wounded in drive-by', 'Police: Four people shot at
# party'): the count is everyone hit; one counting victims clause by clause ('2 men, 3 women shot') does not
# open so, and its clauses are read elsewhere
OPENING_COUNT = re.compile(
    rf"^(?:[\w'’. ]{{0,30}}:\s+)?(?P<n>{NUMBER})(?:\s+[\w'’-]+){{0,2}}?\s+(?:were\s+)?"
    r"(?:shot|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def opening_count(title: str) -> int | None:
    """The count of people hurt a headline opens on ('4 wounded in drive-by' is 4), with those it says were
    struck with a gun besides ('5 shot, 1 pistol-whipped' is 6), else None."""
    opening = OPENING_COUNT.match(title)
    count = parse_count(opening["n"]) if opening else None
    return None if count is None else count + pistol_whipped(title)


def within_hits(toll: Casualties, headline: Casualties, title: str) -> Casualties:
    """The story's toll with no more dead than the headline leaves room for, where the headline counts only
    people hit ('Four shot in Millbrook') and tells no death: 'Four shot' over a story that also recalls a
    boy killed on that street last year is four hurt, not one dead besides. Dead more than the headline
    counts hit (six dead under 'Victim home from hospital') tell the incident's whole toll, and are kept."""
    hit = headline.injured
    if headline.fatalities or not hit or DEATH_WORD.search(title):
        return toll
    whole = opening_count(title)
    if whole is not None and toll.injured is not None and toll.injured > whole:
        # 'Four wounded in drive-by' over a caption counting five: the headline's count is the one written
        toll = Casualties(toll.fatalities, whole)
    killed, injured = toll.fatalities or 0, toll.injured or 0
    if not killed:
        return toll
    if killed > hit or killed + injured <= hit:
        return toll
    return Casualties(max(0, hit - injured), toll.injured)
