"""Where and when ACLED's coders code a protest that blocks roads as a violent demonstration: the
countries and years of `data/blockade_countries.tsv`, and the rule that recodes a protest held there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Final

from kronika.events import force_words as fw
from kronika.events.taxonomy import INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, coded_as
from kronika.model import Detection
from kronika.nlp import paragraph_bounds
from kronika.tables import shipped_text, table_rows

TABLE: Final = "data/blockade_countries.tsv"
# The protests the convention recodes: of the listed countries' training notes (in the listed years) that
# tell a blockade, 81% (122 of 151) of those telling no police action are violent demonstrations (28 are
# peaceful), and 91% (79 of 87) of those that do (tear gas, dispersal, arrests; 6 are with intervention);
# with Indonesia and roads "blockaded" counted, 85% (266 of 312) in all. Excessive force is left as read.
_RECODED: Final = frozenset({PEACEFUL_PROTEST, INTERVENTION})
# A road, street or traffic blocked, or barricades put up ("blocked the Nairobi-Mombasa highway",
# "barricaded the main road", "erected barricades"). Traffic paralysed is left out: a strike or a march
# does so too, and in the listed countries only 12 of 20 protest notes telling it are violent. A road
# "blockaded" is blocked too (Indonesia's coders' word): of the listed countries' protest training notes of
# the listed years that tell a blockade only so, 60 of 62 are violent demonstrations.
_BLOCKADE: Final = re.compile(
    r"\b(?:block(?:ed|ing|s)?|blockad(?:ed|ing|es?)|barricad(?:ed|ing)|obstruct(?:ed|ing))\b (?:off )?"
    r"(?:[\w-]+ ){0,4}?(?:roads?|highways?|streets?|routes?|junctions?|traffic|bridges?|intersections?|"
    r"crossroads)\b"
    r"|\b(?:erected|mounted|set up|put up|placed|lit|burn(?:ed|t|ing)?) (?:[\w-]+ ){0,3}?"
    r"(?:barricades|road ?blocks)\b",
    re.IGNORECASE,
)
# A blockade the police or soldiers made is none of the crowd's ("police blocked the road to the
# stadium"): a force named just before the verb is its subject. (The whole core: against the older list,
# its military and singular officers match 2 more training notes, neither a violent demonstration.)
_FORCE_BEFORE: Final = re.compile(
    rf"\b{(fw.CORE + fw.AUTHORITIES).group}(?: [\w-]+){{0,2}} $",
    re.IGNORECASE,
)
# A blockade the coders call peaceful ("they peacefully blocked a road") stays as read: of ACLED's protest
# training notes telling a blockade and the word, 1 of 25 is a violent demonstration.
_PEACEFUL: Final = re.compile(r"\bpeaceful(?:ly)?\b", re.IGNORECASE)
# How far before a blockade's verb its subject is looked for.
_SUBJECT_REACH: Final = 40


@dataclass(frozen=True)
class Years:
    """The first and last year in which a country's coders held to the convention."""

    first: int
    last: int


@cache
def blockade_countries() -> dict[str, Years]:
    """The years of the convention by the ISO alpha-3 code of each country the table lists."""
    return {
        row[0]: Years(int(row[2]), int(row[3])) for row in table_rows(shipped_text(TABLE)) if len(row) >= 4
    }


def held_to(country: str | None, when: date | None) -> bool:
    """Whether the coders of `country` coded blockades as violent in the year of `when`."""
    years = blockade_countries().get(country or "")
    return years is not None and when is not None and years.first <= when.year <= years.last


def tells_blockade(text: str) -> bool:
    """Whether the text tells a road, street or traffic blocked, or barricades put up, by someone other
    than the police or soldiers ("protesters blocked the highway")."""
    return any(
        not _FORCE_BEFORE.search(text[max(0, m.start() - _SUBJECT_REACH) : m.start()])
        for m in _BLOCKADE.finditer(text)
    )


def regional_blockade(detection: Detection, text: str, country: str | None, when: date | None) -> Detection:
    """The detection coded as a violent demonstration where it is a protest read as peaceful or met with
    intervention, held in a country (`country`, ISO alpha-3) and year (of `when`) of the table, whose
    paragraph of `text` tells the crowd blocking roads and does not call it peaceful; else unchanged."""
    if detection.type.acled_sub_event_type not in _RECODED or not held_to(country, when):
        return detection
    begin, end = paragraph_bounds(text, detection.sentence.start, detection.sentence.end)
    paragraph = text[begin:end]
    if not tells_blockade(paragraph) or _PEACEFUL.search(paragraph):
        return detection
    return coded_as(detection, VIOLENT_DEMONSTRATION)
