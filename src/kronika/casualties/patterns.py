"""Counts read from the wording of a sentence where the parse is unreliable: tolls, stated counts,
'a triple shooting', 'five shooting victims', 'sent four people to the hospital'.

Each pattern gives a kind ("killed", "injured", or "shot" for people hit by gunfire who may have died)
and a count; `kronika.casualties` turns them into findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from kronika.casualties.numbers import parse_count

Kind = Literal["killed", "injured", "shot"]  # "shot" victims are injured unless said to be killed

NUMBER = (
    r"(?:almost |nearly |about |around |at least |more than |over |some |up to )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|a dozen|dozens|hundreds|several|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-\w+)"
)
# "left almost 700 hurt and one dead", "two dead and four injured": the count stands right before the word
STATED = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})(?:\s+(?:other\s+)?(?:people|persons|others|more|civilians|protesters|victims))?"
    r"\s+(?P<word>dead|killed|hurt|injured|wounded)(?![\w-])",
    re.IGNORECASE,
)
TOLL = re.compile(
    rf"death toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|hit)\s+(?P<n>{NUMBER})", re.IGNORECASE
)
# "a triple shooting": the number of people shot, whether they lived or died
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "a double murder", "the triple-homicide": the number of people killed
MULTIPLE_KILLING = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)[\s-]+(?:homicide|murder|killing|slaying)s?\b"
    r"(?P<suicide>[\s-]+suicide)?",
    re.I,
)
MULTIPLE_SHOOTING = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)\s+(?:fatal\s+)?shootings?\b", re.I
)
# "five shooting victims", "three other gunshot victims": people hit by gunfire ("other": besides the dead)
SHOOTING_VICTIMS = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+(?P<other>other\s+|more\s+|additional\s+)?"
    r"(?:shooting|gunshot|gunfire)\s+victims\b",
    re.IGNORECASE,
)
# "sent four people to the hospital", "sending two men to area hospitals": the wounded of a shooting
HOSPITAL = re.compile(
    rf"\bsen(?:t|ding|ds)\s+(?P<n>{NUMBER})(?:\s+(?:other\s+)?(?:people|persons|men|women|victims|others"
    r"|teens|teenagers|children|students))?\s+to\s+(?:the\s+|a\s+|an\s+|area\s+|local\s+)*hospitals?\b",
    re.IGNORECASE,
)
NON_FATAL = re.compile(r"\bnon-?fatal\b", re.IGNORECASE)


def text_counts(text: str) -> Iterator[tuple[Kind, int]]:
    """Every (kind, count) the sentence's wording states."""
    for m in STATED.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield ("killed" if m["word"].lower() in {"dead", "killed"} else "injured"), count
    for m in TOLL.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield "killed", count
    if NON_FATAL.search(text):
        yield "killed", 0
    yield from _gunfire_counts(text)


def _gunfire_counts(text: str) -> Iterator[tuple[Kind, int]]:
    """People hit by gunfire, named by the shooting ('a double shooting') or as its victims."""
    for m in MULTIPLE_KILLING.finditer(text):
        # "a double murder-suicide": two killed, and the killer too
        yield "killed", MULTIPLE[m["n"].lower()] + (1 if m["suicide"] else 0)
    for m in MULTIPLE_SHOOTING.finditer(text):
        yield "shot", MULTIPLE[m["n"].lower()]
    for m in SHOOTING_VICTIMS.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield ("injured" if m["other"] else "shot"), count
    for m in HOSPITAL.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield "shot", count
